<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AssetsPage</name>
    <message>
        <source>&amp;New asset…</source>
        <translation>&amp;Neues Gerät…</translation>
    </message>
    <message>
        <source>&amp;Log a problem…</source>
        <translation>Störung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Log an incident with this asset filled in</source>
        <translation>Eine Störung mit diesem Gerät erfassen</translation>
    </message>
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
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Search tag, name, serial, model, person…</source>
        <translation>Inventarnr., Name, Seriennr., Modell, Person suchen…</translation>
    </message>
    <message>
        <source>No assets match this search.</source>
        <translation>Kein Gerät passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>No assets yet.
Click “New asset” to add the first PC, printer or phone. To have the maintainer filled in, add the company that looks after it on the Vendors page first (or later).</source>
        <translation>Noch keine Geräte.
Klicken Sie auf „Neues Gerät“, um den ersten PC, Drucker oder das erste Telefon anzulegen. Damit der Wartende eingetragen werden kann, legen Sie die betreuende Firma zuerst (oder später) auf der Seite „Dienstleister“ an.</translation>
    </message>
    <message>
        <source>No warranty recorded</source>
        <translation>Keine Garantie erfasst</translation>
    </message>
    <message>
        <source>Under warranty until %1 — call the manufacturer first</source>
        <translation>Garantie bis %1 — zuerst den Hersteller anrufen</translation>
    </message>
    <message>
        <source>Warranty ended %1</source>
        <translation>Garantie endete am %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Log a problem with this asset…</source>
        <translation>Eine Störung mit diesem Gerät erfassen…</translation>
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
        <translation>Zugeordnet an</translation>
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
        <source>Purchased</source>
        <translation>Gekauft</translation>
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
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Repairs so far (%1) have reached %2% of its purchase cost (%3).</source>
        <translation>Die bisherigen Reparaturen (%1) haben %2 % des Kaufpreises (%3) erreicht.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>A repeat fault: 3 or more incidents within 90 days. Repairs so far: %1.</source>
        <translation>Wiederkehrender Fehler: 3 oder mehr Störungen innerhalb von 90 Tagen. Reparaturen bisher: %1.</translation>
    </message>
    <message>
        <source>Repairs so far: %1 of the %2 at which replacing pays (%3% of its purchase cost).</source>
        <translation>Reparaturen bisher: %1 von %2, ab denen sich Ersetzen lohnt (%3 % des Kaufpreises).</translation>
    </message>
    <message>
        <source>Repairs so far: %1; no purchase cost recorded to weigh them against.</source>
        <translation>Reparaturen bisher: %1; kein Kaufpreis erfasst, mit dem sie sich vergleichen lassen.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Repair or replace</source>
        <translation>Reparieren oder ersetzen</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Störungsverlauf</translation>
    </message>
    <message>
        <source>No incidents recorded for this asset.</source>
        <translation>Für dieses Gerät sind keine Störungen erfasst.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Total repair cost</source>
        <translation>Reparaturkosten gesamt</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 incidents.</source>
        <translation>Die neuesten %1 von %2 Störungen werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>AssetsSection</name>
    <message>
        <source>The five assets that cost the most</source>
        <translation>Die fünf teuersten Geräte</translation>
    </message>
    <message>
        <source>No asset cost anything in this period.</source>
        <translation>In diesem Zeitraum hat kein Gerät Kosten verursacht.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Downtime cost</source>
        <translation>Ausfallkosten</translation>
    </message>
    <message>
        <source>Repairs, ever</source>
        <translation>Reparaturen gesamt</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) to replace (repairs have reached the threshold): </source>
        <translation>
            <numerusform>%n Gerät zu ersetzen (die Reparaturen haben die Schwelle erreicht): </numerusform>
            <numerusform>%n Geräte zu ersetzen (die Reparaturen haben die Schwelle erreicht): </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetsTableModel</name>
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
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Inventarnr.</translation>
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
        <source>Make / model</source>
        <translation>Hersteller / Modell</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Site / room</source>
        <translation>Standort / Raum</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugeordnet an</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>Garantieende</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>ChartsSection</name>
    <message>
        <source>Spend per month by kind</source>
        <translation>Ausgaben pro Monat nach Art</translation>
    </message>
    <message>
        <source>Downtime hours per month</source>
        <translation>Ausfallstunden pro Monat</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>CurrencyCombo</name>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Britisches Pfund</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Schweizer Franken</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Schwedische Krone</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Norwegische Krone</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Dänische Krone</translation>
    </message>
    <message>
        <source>Polish zloty</source>
        <translation>Polnischer Złoty</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Tschechische Krone</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Kanadischer Dollar</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Australischer Dollar</translation>
    </message>
    <message>
        <source>New Zealand dollar</source>
        <translation>Neuseeland-Dollar</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Japanischer Yen</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>Indische Rupie</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>Südafrikanischer Rand</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>Type a time such as 14:30, or a date and time such as 2026-11-29 14:30; the arrow keys change the part under the cursor.</source>
        <translation>Geben Sie eine Uhrzeit wie 14:30 oder Datum und Uhrzeit wie 29.11.2026 14:30 ein; die Pfeiltasten ändern den Teil unter dem Cursor.</translation>
    </message>
</context>
<context>
    <name>FiguresSection</name>
    <message>
        <source>open now (opened in the period)</source>
        <translation>jetzt offen (im Zeitraum eröffnet)</translation>
    </message>
    <message>
        <source>overdue: engineer later than promised</source>
        <translation>überfällig: Techniker später als zugesagt</translation>
    </message>
    <message>
        <source>incidents opened</source>
        <translation>Störungen eröffnet</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>spent in the period</source>
        <translation>im Zeitraum ausgegeben</translation>
    </message>
    <message>
        <source>spent this month</source>
        <translation>diesen Monat ausgegeben</translation>
    </message>
    <message>
        <source>hours of downtime</source>
        <translation>Stunden Ausfallzeit</translation>
    </message>
    <message>
        <source>cost of the downtime</source>
        <translation>Kosten der Ausfallzeit</translation>
    </message>
    <message>
        <source>vendor promises broken this month</source>
        <translation>diesen Monat nicht eingehaltene Zusagen</translation>
    </message>
    <message>
        <source>warranties ending within 30 / 60 / 90 days</source>
        <translation>Garantien, die in 30 / 60 / 90 Tagen enden</translation>
    </message>
    <message>
        <source>break-fix total (spend + downtime)</source>
        <translation>Break-Fix gesamt (Ausgaben + Ausfall)</translation>
    </message>
    <message>
        <source>managed service for the same months</source>
        <translation>Managed Service für dieselben Monate</translation>
    </message>
    <message>
        <source>quote not set</source>
        <translation>kein Angebot hinterlegt</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>IncidentActions</name>
    <message>
        <source>&amp;Edit incident...</source>
        <translation>Störung &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Add &amp;note...</source>
        <translation>&amp;Notiz hinzufügen...</translation>
    </message>
    <message>
        <source>Add &amp;cost...</source>
        <translation>&amp;Kosten hinzufügen...</translation>
    </message>
    <message>
        <source>Add &amp;attachment...</source>
        <translation>&amp;Anhang hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Delete incident...</source>
        <translation>Störung &amp;löschen...</translation>
    </message>
    <message>
        <source>FixDesk</source>
        <translation>FixDesk</translation>
    </message>
    <message>
        <source>Add note - %s</source>
        <translation>Notiz hinzufügen - %s</translation>
    </message>
    <message>
        <source>Note (phone call, what the vendor said, ...):</source>
        <translation>Notiz (Anruf, was der Dienstleister gesagt hat, ...):</translation>
    </message>
    <message>
        <source>Attach a file to %s</source>
        <translation>Datei an %s anhängen</translation>
    </message>
    <message>
        <source>Photos, PDFs and documents (*.png *.jpg *.jpeg *.pdf *.txt *.doc *.docx);;All files (*)</source>
        <translation>Fotos, PDFs und Dokumente (*.png *.jpg *.jpeg *.pdf *.txt *.doc *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>Cannot make a copy of %s to open (%s).</source>
        <translation>%s kann zum Öffnen nicht kopiert werden (%s).</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Störung löschen</translation>
    </message>
    <message>
        <source>Delete %s with its timeline, costs and attachments? This cannot be undone.</source>
        <translation>%s mit Verlauf, Kosten und Anhängen löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>IncidentDetailPane</name>
    <message>
        <source>Select an incident to see its details, or press Ctrl+N to log one.</source>
        <translation>Wählen Sie eine Störung, um die Details zu sehen, oder drücken Sie Strg+N, um eine zu erfassen.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
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
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Vendor&apos;s job ref</source>
        <translation>Auftragsnr. des Dienstleisters</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Called out</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Reaktion fällig</translation>
    </message>
    <message>
        <source>Engineer arrived</source>
        <translation>Techniker vor Ort</translation>
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
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
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
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>(double-click to open)</source>
        <translation>(Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>No costs recorded yet.</source>
        <translation>Noch keine Kosten erfasst.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Keine Anhänge.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(noch nicht gewählt)</translation>
    </message>
    <message>
        <source>  (overdue)</source>
        <translation>  (überfällig)</translation>
    </message>
    <message>
        <source>  (missed)</source>
        <translation>  (verpasst)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total: %s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Summe: %s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Needs action</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Alle Störungen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Search ref, title, asset, vendor, text...</source>
        <translation>Nr., Titel, Gerät, Dienstleister, Text suchen...</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Show incidents opened at any time</source>
        <translation>Störungen aus jedem Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>Opened %1 to %2 ✕</source>
        <translation>Eröffnet %1 bis %2 ✕</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Störung</numerusform>
            <numerusform>%n Störungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents match “%s”.</source>
        <translation>Keine Störung passt zu „%s“.</translation>
    </message>
    <message>
        <source>Nothing to show here: choose “All incidents” to see the others.</source>
        <translation>Hier ist nichts anzuzeigen: Wählen Sie „Alle Störungen“, um die übrigen zu sehen.</translation>
    </message>
    <message>
        <source>No incidents logged yet.</source>
        <translation>Noch keine Störungen erfasst.</translation>
    </message>
    <message>
        <source>Press Ctrl+N to log a problem. In that form you can add the equipment (“New asset…”) and the company you call (“New vendor…”: a name and a phone number are enough), then log, call out and print the form in one go.</source>
        <translation>Drücken Sie Strg+N, um ein Problem zu erfassen. In diesem Formular können Sie das Gerät („Neues Gerät…“) und die Firma, die Sie anrufen („Neuer Dienstleister…“: Name und Telefonnummer genügen), anlegen und dann in einem Zug erfassen, anfordern und den Auftrag drucken.</translation>
    </message>
    <message>
        <source>Help ▸ Getting started (F1) walks through it.</source>
        <translation>Hilfe ▸ Erste Schritte (F1) führt Sie durch.</translation>
    </message>
    <message>
        <source>FixDesk</source>
        <translation>FixDesk</translation>
    </message>
</context>
<context>
    <name>IncidentsTableModel</name>
    <message>
        <source>Ref</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Reaktion fällig</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Overdue: the vendor&apos;s response was due %s</source>
        <translation>Überfällig: Die Reaktion des Dienstleisters war fällig am %s</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to record a date; unticked, the date is left blank</source>
        <translation>Ankreuzen, um ein Datum zu erfassen; ohne Haken bleibt das Datum leer</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Datum hinzufügen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>Frei wählen...</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>No incidents were opened in this period.</source>
        <translation>In diesem Zeitraum wurden keine Störungen eröffnet.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Incidents opened %1 to %2</source>
        <translation>Störungen eröffnet %1 bis %2</translation>
    </message>
    <message>
        <source>Add the companies you call when something breaks (Vendors page).</source>
        <translation>Legen Sie die Firmen an, die Sie anrufen, wenn etwas kaputtgeht (Seite „Dienstleister“).</translation>
    </message>
    <message>
        <source>Add your equipment: PCs, printers, phones (Assets page).</source>
        <translation>Legen Sie Ihre Geräte an: PCs, Drucker, Telefone (Seite „Geräte“).</translation>
    </message>
    <message>
        <source>Set the hourly cost of downtime and the managed-service quote per seat (File ▸ Settings).</source>
        <translation>Legen Sie die Ausfallkosten pro Stunde und das Managed-Service-Angebot pro Arbeitsplatz fest (Datei ▸ Einstellungen).</translation>
    </message>
    <message>
        <source>Log the next problem as an incident (Ctrl+N); its call-out, costs and downtime are added up here.</source>
        <translation>Erfassen Sie das nächste Problem als Störung (Strg+N); Einsatzanforderung, Kosten und Ausfallzeit werden hier zusammengerechnet.</translation>
    </message>
    <message>
        <source>This page shows what break-fix is costing the office once incidents are logged. To get there:</source>
        <translation>Diese Seite zeigt, was Break-Fix das Büro kostet, sobald Störungen erfasst sind. So kommen Sie dahin:</translation>
    </message>
    <message>
        <source>Nothing to add up yet</source>
        <translation>Noch nichts zusammenzurechnen</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Search name or e-mail…</source>
        <translation>Name oder E-Mail suchen…</translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation>Niemand passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>No people yet.
Click “New person” to add the staff who report problems.</source>
        <translation>Noch keine Personen.
Klicken Sie auf „Neue Person“, um die Mitarbeiter anzulegen, die Probleme melden.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Assigned assets</source>
        <translation>Zugeordnete Geräte</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Inventarnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>No assets assigned.</source>
        <translation>Keine Geräte zugeordnet.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>Record it done and schedule the next one</source>
        <translation>Als erledigt erfassen und die nächste planen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Show warranty ends</source>
        <translation>Garantieenden anzeigen</translation>
    </message>
    <message>
        <source>No planned work yet.
Click “New task” to add the checks you do on a schedule (test-restore the backup, service the copier) and the renewals that must not lapse.</source>
        <translation>Noch keine geplanten Arbeiten.
Klicken Sie auf „Neue Aufgabe“, um regelmäßige Prüfungen (Sicherung testweise wiederherstellen, Kopierer warten) und Verlängerungen anzulegen, die nicht verfallen dürfen.</translation>
    </message>
    <message>
        <source>FixDesk</source>
        <translation>FixDesk</translation>
    </message>
    <message>
        <source>%s done; next due %s.</source>
        <translation>%s erledigt; nächste Fälligkeit %s.</translation>
    </message>
    <message>
        <source>%s done.</source>
        <translation>%s erledigt.</translation>
    </message>
    <message numerus="yes">
        <source> and its %n Done record(s)</source>
        <translation>
            <numerusform> und %n Erledigt-Eintrag</numerusform>
            <numerusform> und %n Erledigt-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete planned task</source>
        <translation>Geplante Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete %s%s? This cannot be undone.</source>
        <translation>%s%s löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>%1 due in 14 days · %2 overdue</source>
        <translation>%1 fällig in 14 Tagen · %2 überfällig</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>Garantieende</translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation>Betreut von</translation>
    </message>
    <message>
        <source>Read from the asset: edit the asset to change it.</source>
        <translation>Aus dem Gerät übernommen: Bearbeiten Sie das Gerät, um es zu ändern.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Jährliche Kosten</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Give notice by</source>
        <translation>Kündigen bis</translation>
    </message>
    <message>
        <source>%1 (%2 days before it lapses)</source>
        <translation>%1 (%2 Tage vor Ablauf)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Noch nicht erledigt.</translation>
    </message>
</context>
<context>
    <name>PlannedSection</name>
    <message>
        <source>Planned work</source>
        <translation>Geplante Arbeiten</translation>
    </message>
</context>
<context>
    <name>PlannedSummaryBox</name>
    <message>
        <source>Planned work</source>
        <translation>Geplante Arbeiten</translation>
    </message>
    <message>
        <source>Due in the next 14 days:</source>
        <translation>Fällig in den nächsten 14 Tagen:</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Überfällig:</translation>
    </message>
    <message>
        <source>Planned spend:</source>
        <translation>Geplante Ausgaben:</translation>
    </message>
    <message>
        <source>Unplanned spend (incidents):</source>
        <translation>Ungeplante Ausgaben (Störungen):</translation>
    </message>
    <message>
        <source>Planned share:</source>
        <translation>Geplanter Anteil:</translation>
    </message>
    <message>
        <source>Go to the Planned page</source>
        <translation>Zur Seite „Geplant“</translation>
    </message>
    <message>
        <source>Done tasks %s + renewals falling due %s</source>
        <translation>Erledigte Aufgaben %s + fällige Verlängerungen %s</translation>
    </message>
    <message>
        <source>  (overdue)</source>
        <translation>  (überfällig)</translation>
    </message>
    <message>
        <source>Nothing due in the next 14 days.</source>
        <translation>In den nächsten 14 Tagen ist nichts fällig.</translation>
    </message>
</context>
<context>
    <name>PlannedTableModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>endet heute</translation>
    </message>
    <message>
        <source>ends tomorrow</source>
        <translation>endet morgen</translation>
    </message>
    <message>
        <source>ends in %1 days</source>
        <translation>endet in %1 Tagen</translation>
    </message>
    <message>
        <source>%1 day overdue</source>
        <translation>%1 Tag überfällig</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>, notice was due %1</source>
        <translation>, Kündigung war fällig am %1</translation>
    </message>
    <message>
        <source>, notice by %1</source>
        <translation>, kündigen bis %1</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Warranty ends: %1</source>
        <translation>Garantieende: %1</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Add a new record</source>
        <translation>Einen neuen Eintrag anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Archi&amp;vieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>FixDesk</source>
        <translation>FixDesk</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 %2? This cannot be undone.</source>
        <translation>%1 „%2“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Archive %1 now? It will be hidden from lists until you tick Show archived.</source>
        <translation>%1 jetzt archivieren? Es wird in den Listen ausgeblendet, bis Sie „Archivierte anzeigen“ ankreuzen.</translation>
    </message>
    <message>
        <source>Cannot archive</source>
        <translation>Archivieren nicht möglich</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile, um die Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>SitesPanel</name>
    <message>
        <source>&amp;New site…</source>
        <translation>&amp;Neuer Standort…</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Search name, address, contact…</source>
        <translation>Name, Adresse, Ansprechpartner suchen…</translation>
    </message>
    <message>
        <source>No sites match this search.</source>
        <translation>Kein Standort passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>No sites yet.
Click “New site” to add your office&apos;s address and access notes.</source>
        <translation>Noch keine Standorte.
Klicken Sie auf „Neuer Standort“, um die Adresse und die Zugangshinweise Ihres Büros anzulegen.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>On-site contact</source>
        <translation>Ansprechpartner vor Ort</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Getting in</source>
        <translation>Anfahrt &amp; Zutritt</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarmanlage</translation>
    </message>
    <message>
        <source>No access notes: the engineer will have to ask at reception.</source>
        <translation>Keine Zugangshinweise: Der Techniker muss am Empfang fragen.</translation>
    </message>
    <message>
        <source>People here</source>
        <translation>Personen hier</translation>
    </message>
    <message>
        <source>Nobody is recorded at this site.</source>
        <translation>An diesem Standort ist niemand erfasst.</translation>
    </message>
</context>
<context>
    <name>SitesTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>On-site contact</source>
        <translation>Ansprechpartner vor Ort</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
</context>
<context>
    <name>SupportSection</name>
    <message>
        <source>Break-fix or a managed service?</source>
        <translation>Break-Fix oder Managed Service?</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Show these incidents</source>
        <translation>Diese Störungen anzeigen</translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <source>&amp;New vendor…</source>
        <translation>&amp;Neuer Dienstleister…</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, account…</source>
        <translation>Name, E-Mail, Telefon, Kundennr. suchen…</translation>
    </message>
    <message>
        <source>No vendors match this search.</source>
        <translation>Kein Dienstleister passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>No vendors yet.
Click “New vendor” to add the company you call when something breaks.</source>
        <translation>Noch keine Dienstleister.
Klicken Sie auf „Neuer Dienstleister“, um die Firma anzulegen, die Sie anrufen, wenn etwas kaputtgeht.</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
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
        <source>Account number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Support hours</source>
        <translation>Supportzeiten</translation>
    </message>
    <message>
        <source>Promise and rates</source>
        <translation>Zusage und Preise</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Reaktionszeit</translation>
    </message>
    <message>
        <source>not promised</source>
        <translation>nicht zugesagt</translation>
    </message>
    <message>
        <source>Call-out fee</source>
        <translation>Anfahrtspauschale</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
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
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Portal URL</source>
        <translation>Portal-URL</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>No named contacts.</source>
        <translation>Keine namentlichen Ansprechpartner.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Scorecard, last 12 months</source>
        <translation>Bilanz der letzten 12 Monate</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>No incidents for this vendor in the last 12 months.</source>
        <translation>Keine Störungen für diesen Dienstleister in den letzten 12 Monaten.</translation>
    </message>
    <message>
        <source>Call-outs</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Median-Reaktion</translation>
    </message>
    <message>
        <source>no arrivals recorded</source>
        <translation>keine Ankunft erfasst</translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation>Zusagen nicht eingehalten</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>Beim ersten Mal behoben</translation>
    </message>
    <message>
        <source>Repeat call-outs</source>
        <translation>Wiederholte Anforderungen</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Störungsverlauf</translation>
    </message>
    <message>
        <source>This vendor has not been called out yet.</source>
        <translation>Dieser Dienstleister wurde noch nicht angefordert.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) on record.</source>
        <translation>
            <numerusform>%n Störung erfasst.</numerusform>
            <numerusform>%n Störungen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Showing the newest %1.</source>
        <translation>Die neuesten %1 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>VendorsSection</name>
    <message>
        <source>Vendors</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>No vendor was called out for incidents opened in this period.</source>
        <translation>Für in diesem Zeitraum eröffnete Störungen wurde kein Dienstleister angefordert.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Call-outs</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Median-Reaktion</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Nicht eingehalten</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>Beim ersten Mal behoben</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
</context>
<context>
    <name>VendorsTableModel</name>
    <message>
        <source>IT break-fix</source>
        <translation>IT-Break-Fix</translation>
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
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Response</source>
        <translation>Reaktion</translation>
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
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to FixDesk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei FixDesk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>FixDesk keeps the log of everything that breaks in your office: who you called, when they came, what it cost, and the paperwork for the engineer. Start with your office&apos;s name; everything else can wait.</source>
        <translation>FixDesk führt Buch über alles, was in Ihrem Büro kaputtgeht: wen Sie angerufen haben, wann er kam, was es gekostet hat, und die Unterlagen für den Techniker. Beginnen Sie mit dem Namen Ihres Büros; alles andere kann warten.</translation>
    </message>
    <message>
        <source>e.g. Harbour Street Dental</source>
        <translation>z. B. Zahnarztpraxis Hafenstraße</translation>
    </message>
    <message>
        <source>Written on timeline entries and forms</source>
        <translation>Steht auf Verlaufseinträgen und Formularen</translation>
    </message>
    <message>
        <source>Optional, e.g. ring the bell at the side door</source>
        <translation>Optional, z. B. an der Seitentür klingeln</translation>
    </message>
    <message>
        <source>Optional, e.g. visitor bays behind the building</source>
        <translation>Optional, z. B. Besucherparkplätze hinter dem Gebäude</translation>
    </message>
    <message>
        <source>Optional, e.g. ask reception to unset zone 2</source>
        <translation>Optional, z. B. am Empfang Zone 2 entschärfen lassen</translation>
    </message>
    <message>
        <source>Office &amp;name *</source>
        <translation>&amp;Name des Büros *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Ihr Name</translation>
    </message>
    <message>
        <source>A&amp;ccess</source>
        <translation>&amp;Zugang</translation>
    </message>
    <message>
        <source>Par&amp;king</source>
        <translation>Par&amp;ken</translation>
    </message>
    <message>
        <source>Alar&amp;m</source>
        <translation>Alar&amp;manlage</translation>
    </message>
    <message>
        <source>Access, parking and alarm notes go on every call-out form for the engineer. Paper size, e-mail and the rest are in Settings (Ctrl+,).</source>
        <translation>Zugangs-, Park- und Alarmhinweise stehen für den Techniker auf jedem Einsatzauftrag. Papierformat, E-Mail und alles Weitere finden Sie in den Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>&amp;Set up your office</source>
        <translation>Büro &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Explore with sample data</source>
        <translation>Mit Beis&amp;pieldaten erkunden</translation>
    </message>
    <message>
        <source>The sample office can be replaced later by starting a new database.</source>
        <translation>Das Beispielbüro lässt sich später durch eine neue Datenbank ersetzen.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
</context>
</TS>
