<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>Call out vendor</source>
        <translation>Dienstleister anfordern</translation>
    </message>
    <message>
        <source>Engineer arrived</source>
        <translation>Techniker vor Ort</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>Wartet auf Teile</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Cancel incident</source>
        <translation>Störung stornieren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Parts arrived</source>
        <translation>Teile eingetroffen</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
</context>
<context>
    <name>AssetStatus</name>
    <message>
        <source>In use</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>In Reparatur</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
</context>
<context>
    <name>Assets</name>
    <message>
        <source>There is no asset with tag {tag}.</source>
        <translation>Es gibt kein Gerät mit der Inventarnummer {tag}.</translation>
    </message>
    <message>
        <source>Asset tag {tag} is already used by {other} ({name}).</source>
        <translation>Die Inventarnummer {tag} ist bereits vergeben an {other} ({name}).</translation>
    </message>
    <message>
        <source>Warranty end {end} is before the purchase date {bought}.</source>
        <translation>Das Garantieende {end} liegt vor dem Kaufdatum {bought}.</translation>
    </message>
    <message>
        <source>Asset {tag} has {count} incident(s) on record; archive it instead.</source>
        <translation>Zum Gerät {tag} sind {count} Störung(en) erfasst; archivieren Sie es stattdessen.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Cannot read the file {path}.</source>
        <translation>Die Datei {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file inside it to attach.</source>
        <translation>{path} ist ein Ordner; wählen Sie eine Datei darin als Anhang.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; attachments are limited to {limit} MB.</source>
        <translation>{name} ist {size} MB groß; Anhänge dürfen höchstens {limit} MB groß sein.</translation>
    </message>
    <message>
        <source>You do not have permission to read {path}; nothing was attached.</source>
        <translation>Sie haben keine Berechtigung, {path} zu lesen; es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>Cannot read the file {path} ({reason}); nothing was attached.</source>
        <translation>Die Datei {path} kann nicht gelesen werden ({reason}); es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; attachments are limited to {limit} MB.</source>
        <translation>{name} ist größer als {limit} MB; Anhänge dürfen höchstens {limit} MB groß sein.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{when}: {incidents} incidents, {assets} assets, {vendors} vendors</source>
        <translation>{when}: {incidents} Störungen, {assets} Geräte, {vendors} Dienstleister</translation>
    </message>
    <message>
        <source>Backups are made only for a database file; a shared database server is backed up by its administrator.</source>
        <translation>Sicherungen werden nur für eine Datenbankdatei angelegt; einen gemeinsamen Datenbankserver sichert dessen Administrator.</translation>
    </message>
    <message>
        <source>Could not copy {name}: {reason}.</source>
        <translation>{name} konnte nicht kopiert werden: {reason}.</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Unter {path} gibt es keine Datenbank, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>Die Sicherung kann nicht über die Datenbank selbst geschrieben werden.</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}).</source>
        <translation>{name} ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{name} is not a FixDesk database (it is not an SQLite file).</source>
        <translation>{name} ist keine FixDesk-Datenbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>{name} kann nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}.</source>
        <translation>{name} ist beschädigt: {problem}.</translation>
    </message>
    <message>
        <source>{name} is not a FixDesk database (its tables are not FixDesk&apos;s).</source>
        <translation>{name} ist keine FixDesk-Datenbank (die Tabellen stammen nicht von FixDesk).</translation>
    </message>
    <message>
        <source>{name} was made by a newer FixDesk (schema {version}); update FixDesk first.</source>
        <translation>{name} wurde mit einem neueren FixDesk erstellt (Schema {version}); aktualisieren Sie zuerst FixDesk.</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup.</source>
        <translation>Diese Datei ist die Datenbank selbst; wählen Sie eine Sicherung.</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>es ist keine SQLite-Datei</translation>
    </message>
    <message>
        <source> The newest good backup is from {when} ({incidents} incidents, {assets} assets).</source>
        <translation> Die neueste intakte Sicherung ist vom {when} ({incidents} Störungen, {assets} Geräte).</translation>
    </message>
    <message>
        <source> No good backup was found beside it.</source>
        <translation> Daneben wurde keine intakte Sicherung gefunden.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}).{offer}</source>
        <translation>Die Datenbank {path} ist beschädigt ({problem}).{offer}</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Desktop PC</source>
        <translation>Desktop-PC</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Kopierer</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ChangedBy</name>
    <message>
        <source>a moment ago</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{minutes} minutes ago</source>
        <translation>vor {minutes} Minuten</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>um {time}</translation>
    </message>
    <message>
        <source>on {time}</source>
        <translation>am {time}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>von {name}</translation>
    </message>
    <message>
        <source>by someone else</source>
        <translation>von jemand anderem</translation>
    </message>
    <message>
        <source>on {computer}</source>
        <translation>an {computer}</translation>
    </message>
    <message>
        <source>{record} was changed {who}.</source>
        <translation>{record} wurde {who} geändert.</translation>
    </message>
    <message>
        <source>Asset {tag}</source>
        <translation>Gerät {tag}</translation>
    </message>
    <message>
        <source>Site {name}</source>
        <translation>Standort {name}</translation>
    </message>
    <message>
        <source>Vendor {name}</source>
        <translation>Dienstleister {name}</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>The connection to the shared database on {host} was lost; FixDesk keeps trying and your typing is kept.</source>
        <translation>Die Verbindung zur gemeinsamen Datenbank auf {host} ist unterbrochen; FixDesk versucht es weiter, und Ihre Eingaben bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>CostKind</name>
    <message>
        <source>Call-out fee</source>
        <translation>Anfahrtspauschale</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Anfahrt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk holding the database is full: free some space; nothing was changed.</source>
        <translation>Der Datenträger mit der Datenbank ist voll: Geben Sie Speicherplatz frei; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Another program kept the database busy for {seconds} seconds; nothing was changed: try again when it has finished.</source>
        <translation>Ein anderes Programm hat die Datenbank {seconds} Sekunden lang belegt; es wurde nichts geändert: Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>the disk holding it is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Cancelled while another program was using the database; nothing was changed.</source>
        <translation>Abgebrochen, während ein anderes Programm die Datenbank benutzte; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This database can only be read ({reason}); nothing was changed.</source>
        <translation>Diese Datenbank kann nur gelesen werden ({reason}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database file cannot be written to (it is read-only); nothing was changed.</source>
        <translation>In die Datenbankdatei kann nicht geschrieben werden (sie ist schreibgeschützt); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file inside it.</source>
        <translation>{path} ist ein Ordner; geben Sie den Pfad einer Datenbankdatei darin an.</translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {reason}.</source>
        <translation>Die Datenbankdatei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a FixDesk database (it is not an SQLite file).</source>
        <translation>{path} ist keine FixDesk-Datenbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>Could not connect to {address}: {reason}</source>
        <translation>Keine Verbindung zu {address}: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the database file {path}: {reason}.</source>
        <translation>Die Datenbankdatei {path} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>it cannot be written to from this computer</source>
        <translation>von diesem Computer aus kann nicht hineingeschrieben werden</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}.</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>it is on a read-only disk or share</source>
        <translation>sie liegt auf einem schreibgeschützten Datenträger oder einer schreibgeschützten Freigabe</translation>
    </message>
    <message>
        <source>you do not have permission to change the file</source>
        <translation>Sie haben keine Berechtigung, die Datei zu ändern</translation>
    </message>
    <message>
        <source>The database {where} is damaged or unreadable: {reason}.</source>
        <translation>Die Datenbank {where} ist beschädigt oder unlesbar: {reason}.</translation>
    </message>
    <message>
        <source>{where} is not a FixDesk database, and it can only be read here ({reason}).</source>
        <translation>{where} ist keine FixDesk-Datenbank und kann hier nur gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The database {where} was made by an older FixDesk and can only be read here ({reason}); open it once where it can be changed to update it.</source>
        <translation>Die Datenbank {where} wurde mit einem älteren FixDesk erstellt und kann hier nur gelesen werden ({reason}); öffnen Sie sie einmal dort, wo sie geändert werden kann, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>This database is at schema version {version}, newer than this FixDesk understands ({latest}); please update FixDesk.</source>
        <translation>Diese Datenbank hat die Schemaversion {version}, neuer als dieses FixDesk versteht ({latest}); bitte aktualisieren Sie FixDesk.</translation>
    </message>
    <message>
        <source>{where} holds another program&apos;s data, not a FixDesk database.</source>
        <translation>{where} enthält Daten eines anderen Programms, keine FixDesk-Datenbank.</translation>
    </message>
    <message>
        <source>Another computer has been changing this record for {seconds} seconds; nothing was changed: try again in a moment.</source>
        <translation>Ein anderer Computer ändert diesen Datensatz seit {seconds} Sekunden; es wurde nichts geändert: Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} Tg. {hours} Std.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no {what} with id {id}.</source>
        <translation>{what} mit der ID {id} gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no attachment with id {id}.</source>
        <translation>Einen Anhang mit der ID {id} gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no cost line with id {id}.</source>
        <translation>Eine Kostenposition mit der ID {id} gibt es nicht.</translation>
    </message>
    <message>
        <source>More than one {what} is called {name}; choose one from the list.</source>
        <translation>{what} „{name}“ gibt es mehrfach; wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>There is no {what} called {name}.</source>
        <translation>{what} „{name}“ gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Every</name>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>alle {n} Tage</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>alle {n} Wochen</translation>
    </message>
    <message>
        <source>every {n} months</source>
        <translation>alle {n} Monate</translation>
    </message>
    <message>
        <source>every {n} years</source>
        <translation>alle {n} Jahre</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Export of {kind} is not available; choose one of: {kinds}.</source>
        <translation>Ein Export von {kind} ist nicht möglich; wählen Sie eines von: {kinds}.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>Garantieende</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>Garantie (Monate)</translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation>Betreut von</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Weiteres Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Portal URL</source>
        <translation>Portal-URL</translation>
    </message>
    <message>
        <source>Portal user name</source>
        <translation>Portal-Benutzername</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Support hours</source>
        <translation>Supportzeiten</translation>
    </message>
    <message>
        <source>Call-out fee</source>
        <translation>Anfahrtspauschale</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation>Reaktionszeit (Stunden)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State / county</source>
        <translation>Bundesland / Kreis</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Hinweise zum Zugang</translation>
    </message>
    <message>
        <source>Parking notes</source>
        <translation>Hinweise zum Parken</translation>
    </message>
    <message>
        <source>Alarm notes</source>
        <translation>Hinweise zur Alarmanlage</translation>
    </message>
    <message>
        <source>On-site contact</source>
        <translation>Ansprechpartner vor Ort</translation>
    </message>
    <message>
        <source>On-site contact phone</source>
        <translation>Telefon Ansprechpartner vor Ort</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Backup contact phone</source>
        <translation>Telefon Vertretung</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Invoice reference</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Error messages</source>
        <translation>Fehlermeldungen</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>Bereits versucht</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Vendor&apos;s job reference</source>
        <translation>Auftragsnr. des Dienstleisters</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Spend cap</source>
        <translation>Kostenobergrenze</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>From the done date</source>
        <translation>Ab dem Erledigungsdatum</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>Kündigungsfrist (Tage)</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Erledigt um</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Name des Büros</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Adresse des Büros</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telefon des Büros</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Managed-service quote per seat</source>
        <translation>Managed-Service-Angebot pro Arbeitsplatz</translation>
    </message>
    <message>
        <source>Hourly cost of downtime</source>
        <translation>Kosten der Ausfallzeit pro Stunde</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>Replace threshold</source>
        <translation>Schwelle zum Ersetzen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-Verschlüsselung</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Name des Ansprechpartners</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Column {number} &quot;{header}&quot; also matches {field}, already taken by column {first} &quot;{first_header}&quot;; it is kept as a custom field.</source>
        <translation>Spalte {number} „{header}“ passt ebenfalls zu {field}, das schon Spalte {first} „{first_header}“ belegt; sie wird als eigenes Feld übernommen.</translation>
    </message>
    <message>
        <source>Column {number} &quot;{header}&quot; also matches {field}, already taken by column {first} &quot;{first_header}&quot;; it is ignored.</source>
        <translation>Spalte {number} „{header}“ passt ebenfalls zu {field}, das schon Spalte {first} „{first_header}“ belegt; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>custom field &quot;{header}&quot;</source>
        <translation>eigenes Feld „{header}“</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row(s) have problems.</source>
        <translation>Es wurde nichts importiert: {count} Zeile(n) haben Fehler.</translation>
    </message>
    <message>
        <source>Would create {created}, would update {updated}</source>
        <translation>Würde {created} anlegen, {updated} aktualisieren</translation>
    </message>
    <message>
        <source>Created {created}, updated {updated}</source>
        <translation>{created} angelegt, {updated} aktualisiert</translation>
    </message>
    <message>
        <source>, skipped {count} bad row(s)</source>
        <translation>, {count} fehlerhafte Zeile(n) übersprungen</translation>
    </message>
    <message>
        <source> (and {count} new sites/people/vendors)</source>
        <translation> (und {count} neue Standorte/Personen/Dienstleister)</translation>
    </message>
    <message>
        <source>Date format {format} is not one of: {allowed}.</source>
        <translation>Das Datumsformat {format} ist keines von: {allowed}.</translation>
    </message>
    <message>
        <source>Read as {encoding}, {delimiter}-separated.</source>
        <translation>Gelesen als {encoding}, getrennt durch {delimiter}.</translation>
    </message>
    <message>
        <source>No column of the file is matched to {fields}, which FixDesk needs; check the header row (or choose the column in the import window).</source>
        <translation>Keine Spalte der Datei ist {fields} zugeordnet, das FixDesk braucht; prüfen Sie die Kopfzeile (oder wählen Sie die Spalte im Importfenster).</translation>
    </message>
    <message>
        <source>Column {number} is mapped to an unknown field {field}.</source>
        <translation>Spalte {number} ist einem unbekannten Feld {field} zugeordnet.</translation>
    </message>
    <message>
        <source>as the unambiguous dates in the file show</source>
        <translation>wie die eindeutigen Daten in der Datei zeigen</translation>
    </message>
    <message>
        <source>the office default; use --date-format dmy or mdy if that is wrong</source>
        <translation>Voreinstellung des Büros; verwenden Sie --date-format dmy oder mdy, falls das falsch ist</translation>
    </message>
    <message>
        <source>line {line} {value}</source>
        <translation>Zeile {line} {value}</translation>
    </message>
    <message>
        <source>{count} date(s) could be day/month or month/day and were read as {order} ({how}): {dates}.</source>
        <translation>{count} Datumsangabe(n) könnten Tag/Monat oder Monat/Tag sein und wurden als {order} gelesen ({how}): {dates}.</translation>
    </message>
    <message>
        <source>Column {number} has no name in the header row and was ignored, though it has values on lines {lines}.</source>
        <translation>Spalte {number} hat keinen Namen in der Kopfzeile und wurde ignoriert, obwohl sie in den Zeilen {lines} Werte enthält.</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>Zeilen {lines}</translation>
    </message>
    <message>
        <source>{count} record(s) appear more than once in the file; the later line updates the earlier one: {lines}.</source>
        <translation>{count} Datensatz/Datensätze kommen mehrfach in der Datei vor; die spätere Zeile aktualisiert die frühere: {lines}.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>Jahr/Monat/Tag</translation>
    </message>
    <message>
        <source>Skipped {count} row(s) on lines {lines}.</source>
        <translation>{count} Zeile(n) übersprungen, in den Zeilen {lines}.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {reason}.</source>
        <translation>Zeile {line} kann nicht als CSV gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>Die Datei ist leer: Es gibt keine Kopfzeile.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; split it first.</source>
        <translation>{name} ist größer als {limit} MB; teilen Sie die Datei zuerst auf.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>This is not a CSV text file (it looks like a spreadsheet or binary file; save it as CSV first).</source>
        <translation>Dies ist keine CSV-Textdatei (sie sieht wie eine Tabellen- oder Binärdatei aus; speichern Sie sie zuerst als CSV).</translation>
    </message>
    <message>
        <source>Repaired garbled accented letters (text once misread as Windows-1252) on {count} row(s), lines {lines}.</source>
        <translation>Verstümmelte Umlaute und Akzente (Text, der einmal falsch als Windows-1252 gelesen wurde) in {count} Zeile(n) repariert, Zeilen {lines}.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; has numbers Excel shortened to scientific notation (digits are lost; check the original) on lines {lines}.</source>
        <translation>Spalte „{column}“ enthält Zahlen, die Excel in wissenschaftliche Schreibweise gekürzt hat (Ziffern gingen verloren; prüfen Sie das Original), in den Zeilen {lines}.</translation>
    </message>
    <message>
        <source>Warranty was given in months but there is no purchase date to count from, so no warranty end was set, on lines {lines}.</source>
        <translation>Die Garantie war in Monaten angegeben, aber ohne Kaufdatum als Ausgangspunkt wurde kein Garantieende gesetzt, in den Zeilen {lines}.</translation>
    </message>
    <message>
        <source>Rows with more cells than the header row (extra cells ignored) on lines {lines}.</source>
        <translation>Zeilen mit mehr Zellen als die Kopfzeile (zusätzliche Zellen ignoriert) in den Zeilen {lines}.</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} ist keines von: {allowed}</translation>
    </message>
    <message>
        <source>Asset tag is empty.</source>
        <translation>Die Inventarnummer ist leer.</translation>
    </message>
    <message>
        <source>Name is empty for asset {tag}.</source>
        <translation>Der Name des Geräts {tag} ist leer.</translation>
    </message>
    <message>
        <source>Name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>{value} is not a year-month-day date</source>
        <translation>{value} ist kein Datum im Format Jahr-Monat-Tag</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} ist kein Datum</translation>
    </message>
    <message>
        <source>{value} is not a number of months</source>
        <translation>{value} ist keine Anzahl von Monaten</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} ist weder Ja noch Nein</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Opened at cannot be in the future.</source>
        <translation>„Erfasst am“ darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Opened at cannot be after the first workflow step.</source>
        <translation>„Erfasst am“ darf nicht nach dem ersten Bearbeitungsschritt liegen.</translation>
    </message>
    <message>
        <source>There is no incident {ref}.</source>
        <translation>Es gibt keine Störung {ref}.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>our office</source>
        <translation>unser Büro</translation>
    </message>
    <message>
        <source>Hello {name},</source>
        <translation>Guten Tag {name},</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Please send an engineer for incident {ref}: {title}{asset}.</source>
        <translation>bitte schicken Sie einen Techniker für die Störung {ref}: {title}{asset}.</translation>
    </message>
    <message>
        <source>Priority {priority}. The call-out form with the site, equipment and fault details is attached; please bring it and fill in the engineer&apos;s section.</source>
        <translation>Priorität {priority}. Der Einsatzauftrag mit Standort, Gerät und Fehlerbeschreibung ist angehängt; bitte bringen Sie ihn mit und füllen Sie den Abschnitt für den Techniker aus.</translation>
    </message>
    <message>
        <source>Our purchase order number is {po}.</source>
        <translation>Unsere Bestellnummer lautet {po}.</translation>
    </message>
    <message>
        <source>Thank you,</source>
        <translation>Vielen Dank,</translation>
    </message>
    <message>
        <source>Call-out {ref}: {title}</source>
        <translation>Einsatzanforderung {ref}: {title}</translation>
    </message>
    <message>
        <source>Set the mail server (SMTP) and the sender address in Settings before e-mailing.</source>
        <translation>Tragen Sie vor dem Versand den Mailserver (SMTP) und die Absenderadresse in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>There is no e-mail address to send {ref} to; add one to the vendor or type it.</source>
        <translation>Es gibt keine E-Mail-Adresse, an die {ref} gesendet werden kann; ergänzen Sie sie beim Dienstleister oder geben Sie sie ein.</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address.</source>
        <translation>{address} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Choose the vendor for {ref} before calling them out.</source>
        <translation>Wählen Sie den Dienstleister für {ref}, bevor Sie ihn anfordern.</translation>
    </message>
    <message>
        <source>{ref} is {status}; a call-out is only sent for an open incident.</source>
        <translation>{ref} ist „{status}“; eine Einsatzanforderung wird nur für eine offene Störung gesendet.</translation>
    </message>
    <message>
        <source>No password is saved for the mail account {user} on {host}; enter it in Settings (or run: fixdesk secret set smtp).</source>
        <translation>Für das Mailkonto {user} auf {host} ist kein Passwort gespeichert; geben Sie es in den Einstellungen ein (oder führen Sie aus: fixdesk secret set smtp).</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or password for {user}.</source>
        <translation>Der Mailserver {host} hat den Benutzernamen oder das Passwort für {user} abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient {address}.</source>
        <translation>Der Mailserver hat den Empfänger {address} abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {address}.</source>
        <translation>Der Mailserver hat die Absenderadresse {address} abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} could not be verified ({reason}), so nothing was sent.</source>
        <translation>Das Zertifikat des Mailservers {host} konnte nicht geprüft werden ({reason}), daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The mail server {where} does not offer a secure connection (STARTTLS), so nothing was sent.</source>
        <translation>Der Mailserver {where} bietet keine sichere Verbindung (STARTTLS) an, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>A secure connection to {where} could not be made ({reason}); check the security setting.</source>
        <translation>Eine sichere Verbindung zu {where} kam nicht zustande ({reason}); prüfen Sie die Einstellung zur Verschlüsselung.</translation>
    </message>
    <message>
        <source>The mail server refused the message ({code} {text}).</source>
        <translation>Der Mailserver hat die Nachricht abgelehnt ({code} {text}).</translation>
    </message>
    <message>
        <source>The mail server {where} did not answer in time.</source>
        <translation>Der Mailserver {where} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not connect to the mail server {where} ({reason}).</source>
        <translation>Keine Verbindung zum Mailserver {where} ({reason}).</translation>
    </message>
    <message>
        <source>The message could not be sent ({reason}).</source>
        <translation>Die Nachricht konnte nicht gesendet werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{value} is not an amount of money</source>
        <translation>{value} ist kein Geldbetrag</translation>
    </message>
    <message>
        <source>{value} is a number Excel shortened (digits are lost)</source>
        <translation>{value} ist eine von Excel gekürzte Zahl (Ziffern gingen verloren)</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>{value} could be {thousands} or {decimal}: write it without a thousands separator, or with two decimals</source>
        <translation>{value} könnte {thousands} oder {decimal} bedeuten: Schreiben Sie den Betrag ohne Tausendertrennzeichen oder mit zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>{value} has more than two decimal places</source>
        <translation>{value} hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} ist zu groß</translation>
    </message>
</context>
<context>
    <name>NetworkShare</name>
    <message>
        <source>an SMB (Windows) share</source>
        <translation>einer SMB-Freigabe (Windows)</translation>
    </message>
    <message>
        <source>an NFS share</source>
        <translation>einer NFS-Freigabe</translation>
    </message>
    <message>
        <source>a WebDAV folder</source>
        <translation>einem WebDAV-Ordner</translation>
    </message>
    <message>
        <source>an SSHFS folder</source>
        <translation>einem SSHFS-Ordner</translation>
    </message>
    <message>
        <source>an AFS share</source>
        <translation>einer AFS-Freigabe</translation>
    </message>
    <message>
        <source>an AFP (Apple) share</source>
        <translation>einer AFP-Freigabe (Apple)</translation>
    </message>
    <message>
        <source>a NetWare volume</source>
        <translation>einem NetWare-Volume</translation>
    </message>
    <message>
        <source>a 9p network folder</source>
        <translation>einem 9p-Netzwerkordner</translation>
    </message>
    <message>
        <source>a GlusterFS volume</source>
        <translation>einem GlusterFS-Volume</translation>
    </message>
    <message>
        <source>a CephFS volume</source>
        <translation>einem CephFS-Volume</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>einer Netzwerkfreigabe</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>Your FixDesk database is in a shared network folder, on {kind}. A database file there can be damaged when two PCs use it at once, or when the network drops. For an office that shares its records, use a shared database instead.</source>
        <translation>Ihre FixDesk-Datenbank liegt in einem freigegebenen Netzwerkordner, auf {kind}. Eine Datenbankdatei dort kann beschädigt werden, wenn zwei PCs sie gleichzeitig benutzen oder das Netzwerk ausfällt. Für ein Büro, das seine Daten teilt, verwenden Sie stattdessen eine gemeinsame Datenbank.</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
</context>
<context>
    <name>Planned</name>
    <message>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>{every}, from the done date</source>
        <translation>{every}, ab dem Erledigungsdatum</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Warranty ends: {tag} {name}</source>
        <translation>Garantie endet: {tag} {name}</translation>
    </message>
    <message>
        <source>{field} {value} is more than {limit} days.</source>
        <translation>{field} {value} ist mehr als {limit} Tage.</translation>
    </message>
    <message>
        <source>{field} is longer than 200 characters.</source>
        <translation>{field} ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>Das Enddatum {end} liegt vor dem Startdatum {start}.</translation>
    </message>
    <message>
        <source>A notice period is for renewals; tick Renewal too.</source>
        <translation>Eine Kündigungsfrist gilt für Verlängerungen; kreuzen Sie auch „Verlängerung“ an.</translation>
    </message>
    <message>
        <source>The done date {date} is in the future.</source>
        <translation>Das Erledigungsdatum {date} liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Task {id} ({title}) is already done; it is not due again.</source>
        <translation>Aufgabe {id} ({title}) ist bereits erledigt; sie wird nicht wieder fällig.</translation>
    </message>
    <message>
        <source>Task {title} was changed on another computer just now; nothing was recorded, look again and retry.</source>
        <translation>Die Aufgabe {title} wurde soeben an einem anderen Computer geändert; es wurde nichts erfasst, sehen Sie nach und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Task {title} was changed on another computer since you opened it; nothing was saved, look again and retry.</source>
        <translation>Die Aufgabe {title} wurde an einem anderen Computer geändert, seit Sie sie geöffnet haben; es wurde nichts gespeichert, sehen Sie nach und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>This computer has no CUPS print spooler to send the PDF to.</source>
        <translation>Dieser Computer hat keine CUPS-Druckwarteschlange, an die das PDF gesendet werden kann.</translation>
    </message>
    <message>
        <source>The print spooler did not take the job: {reason}.</source>
        <translation>Die Druckwarteschlange hat den Auftrag nicht angenommen: {reason}.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>Printer {printer} refused the job: {reason}.</source>
        <translation>Der Drucker {printer} hat den Auftrag abgelehnt: {reason}.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>P1 - business stopped</source>
        <translation>P1 – Betrieb steht</translation>
    </message>
    <message>
        <source>P2 - serious</source>
        <translation>P2 – stark beeinträchtigt</translation>
    </message>
    <message>
        <source>P3 - annoying</source>
        <translation>P3 – beeinträchtigt</translation>
    </message>
    <message>
        <source>P4 - cosmetic</source>
        <translation>P4 – kosmetisch</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>planned task</source>
        <translation>Geplante Aufgabe</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No password store is available on this computer ({reason}).</source>
        <translation>Auf diesem Computer ist kein Passwortspeicher verfügbar ({reason}).</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this computer, so FixDesk will not save passwords.</source>
        <translation>Auf diesem Computer ist kein sicherer Passwortspeicher (Schlüsselbund) verfügbar, daher speichert FixDesk keine Passwörter.</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keyring ({backend}).</source>
        <translation>Passwörter werden im Schlüsselbund des Systems aufbewahrt ({backend}).</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring: {reason}.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>SharedDatabase</name>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>{mode} is not a connection security mode FixDesk knows.</source>
        <translation>{mode} ist keine Verbindungssicherheit, die FixDesk kennt.</translation>
    </message>
    <message>
        <source>No server called {host} was found; check the name or ask for its address.</source>
        <translation>Es wurde kein Server namens {host} gefunden; prüfen Sie den Namen oder fragen Sie nach seiner Adresse.</translation>
    </message>
    <message>
        <source>Nothing answered at {host} on port {port}: the database server may be off, or the port may be wrong.</source>
        <translation>Unter {host} hat auf Port {port} nichts geantwortet: Der Datenbankserver ist vielleicht aus, oder der Port ist falsch.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds; check the name and the network.</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden geantwortet; prüfen Sie den Namen und das Netzwerk.</translation>
    </message>
    <message>
        <source>The server refused the user name or password for {user}.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort für {user} abgelehnt.</translation>
    </message>
    <message>
        <source>The server has no database called {database}; check the name.</source>
        <translation>Der Server hat keine Datenbank namens {database}; prüfen Sie den Namen.</translation>
    </message>
    <message>
        <source>The server and FixDesk could not agree on how to protect the connection; try another security setting or ask whoever set up the server.</source>
        <translation>Server und FixDesk konnten sich nicht auf den Schutz der Verbindung einigen; versuchen Sie eine andere Sicherheitseinstellung oder fragen Sie, wer den Server eingerichtet hat.</translation>
    </message>
    <message>
        <source>The server does not let this computer in as {user}; ask whoever runs it.</source>
        <translation>Der Server lässt diesen Computer nicht als {user} herein; fragen Sie, wer ihn betreibt.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Keine Verbindung: {reason}</translation>
    </message>
    <message>
        <source>PostgreSQL {version} on {host}</source>
        <translation>PostgreSQL {version} auf {host}</translation>
    </message>
    <message>
        <source>Connected to {where}. It holds a FixDesk office ({incidents} incidents, {assets} assets).</source>
        <translation>Verbunden mit {where}. Dort liegt ein FixDesk-Büro ({incidents} Störungen, {assets} Geräte).</translation>
    </message>
    <message>
        <source>Connected to {where}, but the database {database} holds another program&apos;s tables; FixDesk will not mix with them.</source>
        <translation>Verbunden mit {where}, aber die Datenbank {database} enthält Tabellen eines anderen Programms; FixDesk mischt sich nicht darunter.</translation>
    </message>
    <message>
        <source>Connected to {where}. The database is empty, ready for this office&apos;s data.</source>
        <translation>Verbunden mit {where}. Die Datenbank ist leer und bereit für die Daten dieses Büros.</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>A site called {name} already exists.</source>
        <translation>Einen Standort namens {name} gibt es bereits.</translation>
    </message>
    <message>
        <source>Site {name} still has assets or people; archive it instead.</source>
        <translation>Dem Standort {name} sind noch Geräte oder Personen zugeordnet; archivieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>{name} has assets or reported incidents; archive them instead.</source>
        <translation>{name} sind Geräte oder gemeldete Störungen zugeordnet; archivieren Sie die Person stattdessen.</translation>
    </message>
</context>
<context>
    <name>SpendKind</name>
    <message>
        <source>Call-out fees</source>
        <translation>Anfahrtspauschalen</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Anfahrt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} Monate</translation>
    </message>
    <message>
        <source>1 seat</source>
        <translation>1 Arbeitsplatz</translation>
    </message>
    <message>
        <source>{n} seats</source>
        <translation>{n} Arbeitsplätze</translation>
    </message>
    <message>
        <source>Break-fix cost {amount} over {months}: what was paid to vendors plus the cost of the downtime.</source>
        <translation>Break-Fix kostete {amount} in {months}: was an Dienstleister gezahlt wurde, plus die Kosten der Ausfallzeit.</translation>
    </message>
    <message>
        <source>The hourly cost of downtime is not set (Settings), so downtime counts as nothing here.</source>
        <translation>Die Kosten der Ausfallzeit pro Stunde sind nicht eingestellt (Einstellungen), daher zählt die Ausfallzeit hier nicht.</translation>
    </message>
    <message>
        <source>Set the managed-service quote per seat (Settings) to compare break-fix with a monthly contract.</source>
        <translation>Tragen Sie das Managed-Service-Angebot pro Arbeitsplatz ein (Einstellungen), um Break-Fix mit einem Monatsvertrag zu vergleichen.</translation>
    </message>
    <message>
        <source>There are no seats to price a managed service for: add the people in the office (Sites &amp; People) or set the number of seats (Settings).</source>
        <translation>Es gibt keine Arbeitsplätze, für die ein Managed Service berechnet werden könnte: Erfassen Sie die Personen im Büro (Standorte &amp; Personen) oder die Zahl der Arbeitsplätze (Einstellungen).</translation>
    </message>
    <message>
        <source>A managed service at {quote} per seat per month for {seats} would have cost {total}.</source>
        <translation>Ein Managed Service zu {quote} pro Arbeitsplatz und Monat hätte für {seats} {total} gekostet.</translation>
    </message>
    <message>
        <source>A managed service would have been cheaper by {amount}.</source>
        <translation>Ein Managed Service wäre um {amount} günstiger gewesen.</translation>
    </message>
    <message>
        <source>Both would have cost the same.</source>
        <translation>Beides hätte gleich viel gekostet.</translation>
    </message>
    <message>
        <source>Break-fix was cheaper by {amount}: pay-per-call-out is still the right choice overall.</source>
        <translation>Break-Fix war um {amount} günstiger: Bezahlung pro Einsatz ist insgesamt weiterhin die richtige Wahl.</translation>
    </message>
    <message>
        <source>{category} ({cost} against {share})</source>
        <translation>{category} ({cost} gegenüber {share})</translation>
    </message>
    <message>
        <source>Worth a contract (break-fix cost above their share of the managed quote): {categories}.</source>
        <translation>Ein Vertrag lohnt sich (Break-Fix-Kosten über ihrem Anteil am Managed-Service-Angebot): {categories}.</translation>
    </message>
    <message>
        <source>Cheaper left on break-fix: {categories}.</source>
        <translation>Günstiger bei Break-Fix belassen: {categories}.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Called out</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>Wartet auf Teile</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>StepDone</name>
    <message>
        <source>{ref} was called out {who}.</source>
        <translation>Für {ref} wurde {who} ein Dienstleister angefordert.</translation>
    </message>
    <message>
        <source>{ref} was moved to in progress {who}.</source>
        <translation>{ref} wurde {who} auf „In Arbeit“ gesetzt.</translation>
    </message>
    <message>
        <source>{ref} was put on waiting for parts {who}.</source>
        <translation>{ref} wurde {who} auf „Wartet auf Teile“ gesetzt.</translation>
    </message>
    <message>
        <source>{ref} was resolved {who}.</source>
        <translation>{ref} wurde {who} als behoben markiert.</translation>
    </message>
    <message>
        <source>{ref} was closed {who}.</source>
        <translation>{ref} wurde {who} abgeschlossen.</translation>
    </message>
    <message>
        <source>{ref} was cancelled {who}.</source>
        <translation>{ref} wurde {who} storniert.</translation>
    </message>
    <message>
        <source>{ref} was reopened as new {who}.</source>
        <translation>{ref} wurde {who} als neu wieder geöffnet.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Cost added - {what}{hours} {amount}{description}</source>
        <translation>Kosten erfasst – {what}{hours} {amount}{description}</translation>
    </message>
    <message>
        <source>Cost removed - {what} {amount}</source>
        <translation>Kosten entfernt – {what} {amount}</translation>
    </message>
    <message>
        <source>Attached {name}</source>
        <translation>{name} angehängt</translation>
    </message>
    <message>
        <source>Removed attachment {name}</source>
        <translation>Anhang {name} entfernt</translation>
    </message>
    <message>
        <source>Incident logged</source>
        <translation>Störung erfasst</translation>
    </message>
    <message>
        <source>Edited: {fields}</source>
        <translation>Bearbeitet: {fields}</translation>
    </message>
    <message>
        <source>Called out {vendor}, response due {due}</source>
        <translation>{vendor} angefordert, Reaktion fällig {due}</translation>
    </message>
    <message>
        <source>Called out {vendor}</source>
        <translation>{vendor} angefordert</translation>
    </message>
    <message>
        <source>Engineer arrived</source>
        <translation>Techniker vor Ort</translation>
    </message>
    <message>
        <source>Parts arrived, work resumed</source>
        <translation>Teile eingetroffen, Arbeit fortgesetzt</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>Wartet auf Teile</translation>
    </message>
    <message>
        <source>Resolved: {resolution}</source>
        <translation>Behoben: {resolution}</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>call-out form e-mailed to {address}</source>
        <translation>Einsatzauftrag per E-Mail an {address} gesendet</translation>
    </message>
    <message>
        <source>Call-out form e-mailed to {address}: {subject}</source>
        <translation>Einsatzauftrag per E-Mail an {address} gesendet: {subject}</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{incidents} incidents, {assets} assets, {vendors} vendors</source>
        <translation>{incidents} Störungen, {assets} Geräte, {vendors} Dienstleister</translation>
    </message>
    <message>
        <source>The {label} of {what} {name} is {length} characters long and the shared database takes at most {limit}; shorten it first, so nothing was copied.</source>
        <translation>Das Feld „{label}“ von {what} {name} ist {length} Zeichen lang, die gemeinsame Datenbank nimmt höchstens {limit} auf; kürzen Sie es zuerst – es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Both databases must be at this FixDesk&apos;s schema version; open each with this FixDesk once first.</source>
        <translation>Beide Datenbanken müssen die Schemaversion dieses FixDesk haben; öffnen Sie zuerst jede einmal mit diesem FixDesk.</translation>
    </message>
    <message>
        <source>The destination already holds an office ({counts}); FixDesk copies only into an empty database, so nothing was copied.</source>
        <translation>Im Ziel liegt bereits ein Büro ({counts}); FixDesk kopiert nur in eine leere Datenbank, daher wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>A {table} record could not be stored in the destination ({reason}), so nothing was copied.</source>
        <translation>Ein Datensatz ({table}) konnte im Ziel nicht gespeichert werden ({reason}); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The copy did not check out ({table}: {read} rows read, {written} written), so nothing was copied.</source>
        <translation>Die Kopie stimmt nicht ({table}: {read} Zeilen gelesen, {written} geschrieben), daher wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} {value} is not an interval (use e.g. &quot;1 months&quot;, &quot;2 weeks&quot;, &quot;3 years&quot; or &quot;10 days&quot;).</source>
        <translation>{field} {value} ist kein Intervall (schreiben Sie z. B. &quot;1 months&quot;, &quot;2 weeks&quot;, &quot;3 years&quot; oder &quot;10 days&quot;).</translation>
    </message>
    <message>
        <source>{field} {value} is out of range: from 1 to {limit} {unit}.</source>
        <translation>{field} {value} liegt außerhalb des Bereichs: von 1 bis {limit} {unit}.</translation>
    </message>
    <message>
        <source>{field} must be a JSON object.</source>
        <translation>{field} muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Labour needs the number of hours.</source>
        <translation>Für Arbeitszeit wird die Anzahl der Stunden benötigt.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>{field} {value} is not a three-letter currency code like EUR.</source>
        <translation>{field} {value} ist kein dreibuchstabiger Währungscode wie EUR.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 1 to 100000.</source>
        <translation>{field} muss eine ganze Zahl von 1 bis 100000 sein.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 1 to 100.</source>
        <translation>{field} muss eine ganze Zahl von 1 bis 100 sein.</translation>
    </message>
    <message>
        <source>{field} is too long ({count} characters; the limit is {limit}).</source>
        <translation>{field} ist zu lang ({count} Zeichen; erlaubt sind {limit}).</translation>
    </message>
    <message>
        <source>{field} {value} is not an e-mail address.</source>
        <translation>{field} {value} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{field} {value} is not a date (use YYYY-MM-DD).</source>
        <translation>{field} {value} ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time (use YYYY-MM-DDTHH:MM).</source>
        <translation>{field} {value} ist kein Zeitpunkt (verwenden Sie JJJJ-MM-TTTHH:MM).</translation>
    </message>
    <message>
        <source>{field} {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>{field} {value} is not a whole number.</source>
        <translation>{field} {value} ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field} darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>{field} {value} is not a number.</source>
        <translation>{field} {value} ist keine Zahl.</translation>
    </message>
    <message>
        <source>{field} must be a positive number.</source>
        <translation>{field} muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>{field} {value} is not yes or no.</source>
        <translation>{field} {value} ist weder Ja noch Nein.</translation>
    </message>
    <message>
        <source>{field} {value} is not one of: {allowed}.</source>
        <translation>{field} {value} ist keines von: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown field: {names}.</source>
        <translation>Unbekanntes Feld: {names}.</translation>
    </message>
</context>
<context>
    <name>VendorKind</name>
    <message>
        <source>IT break-fix</source>
        <translation>IT Break-Fix</translation>
    </message>
    <message>
        <source>Printer / copier</source>
        <translation>Drucker / Kopierer</translation>
    </message>
    <message>
        <source>Telecom / internet</source>
        <translation>Telefon / Internet</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Vendors</name>
    <message>
        <source>A vendor called {name} already exists.</source>
        <translation>Einen Dienstleister namens {name} gibt es bereits.</translation>
    </message>
    <message>
        <source>Vendor {name} is used by {incidents} incident(s) and {assets} asset(s); archive it instead.</source>
        <translation>Der Dienstleister {name} wird von {incidents} Störung(en) und {assets} Gerät(en) verwendet; archivieren Sie ihn stattdessen.</translation>
    </message>
</context>
<context>
    <name>Warranty</name>
    <message>
        <source>No warranty recorded</source>
        <translation>Keine Garantie erfasst</translation>
    </message>
    <message>
        <source>Under warranty until {date}</source>
        <translation>Garantie bis {date}</translation>
    </message>
    <message>
        <source>Warranty ended {date}</source>
        <translation>Garantie abgelaufen am {date}</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Time {time} is in the future.</source>
        <translation>Der Zeitpunkt {time} liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Time {time} is before the previous step ({previous}).</source>
        <translation>Der Zeitpunkt {time} liegt vor dem vorigen Schritt ({previous}).</translation>
    </message>
    <message>
        <source>Status {status} is not one of: {allowed}.</source>
        <translation>Der Status {status} ist keiner von: {allowed}.</translation>
    </message>
    <message>
        <source>{ref} was cancelled; a cancelled incident cannot be moved to {status}.</source>
        <translation>{ref} wurde storniert; eine stornierte Störung kann nicht auf „{status}“ gesetzt werden.</translation>
    </message>
    <message>
        <source>{ref} is {status}; only a resolved incident can be closed.</source>
        <translation>{ref} ist „{status}“; nur eine behobene Störung kann abgeschlossen werden.</translation>
    </message>
    <message>
        <source>{ref} is {status}; record the engineer&apos;s arrival before resolving it.</source>
        <translation>{ref} ist „{status}“; erfassen Sie zuerst, dass der Techniker vor Ort ist, bevor Sie die Störung als behoben markieren.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{ref} cannot go from {current} to {target} (allowed next: {options}).</source>
        <translation>{ref} kann nicht von {current} zu {target} wechseln (als Nächstes erlaubt: {options}).</translation>
    </message>
    <message>
        <source>Choose a vendor to call out for {ref}.</source>
        <translation>Wählen Sie einen Dienstleister, der für {ref} angefordert werden soll.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>Note kind {kind} is not one of: note, call, email, callout.</source>
        <translation>Die Notizart {kind} ist keine von: note, call, email, callout.</translation>
    </message>
</context>
</TS>
