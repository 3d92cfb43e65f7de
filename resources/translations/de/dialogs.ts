<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FixDesk</source>
        <translation>Über FixDesk</translation>
    </message>
    <message>
        <source>The break-fix helpdesk for small offices: log the problem, call out support, print the call-out form, keep the paper trail.</source>
        <translation>Der Break-Fix-Helpdesk für kleine Büros: Störung erfassen, Support anfordern, Einsatzauftrag drucken, alles lückenlos dokumentieren.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>GPL-3.0-or-later (see pyproject.toml)</source>
        <translation>GPL-3.0-or-later (siehe pyproject.toml)</translation>
    </message>
    <message>
        <source>see the LICENSE file</source>
        <translation>siehe Datei LICENSE</translation>
    </message>
    <message>
        <source>packaged</source>
        <translation>Installationspaket</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>aus dem Quellcode</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Angaben kopieren</translation>
    </message>
    <message>
        <source>&amp;About FixDesk…</source>
        <translation>Ü&amp;ber FixDesk…</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>New asset</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Gerät %1</translation>
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
        <source>Asset &amp;tag</source>
        <translation>&amp;Inventarnummer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Manufacturer</source>
        <translation>&amp;Hersteller</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>&amp;Seriennummer</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Hostname</source>
        <translation>Hos&amp;tname</translation>
    </message>
    <message>
        <source>&amp;IP address</source>
        <translation>I&amp;P-Adresse</translation>
    </message>
    <message>
        <source>Si&amp;te</source>
        <translation>Stan&amp;dort</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ohne)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>&amp;Zugewiesen an</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Maintained &amp;by</source>
        <translation>&amp;Betreut von</translation>
    </message>
    <message>
        <source>(no vendor)</source>
        <translation>(kein Dienstleister)</translation>
    </message>
    <message>
        <source>&amp;Purchase date</source>
        <translation>Kau&amp;fdatum</translation>
    </message>
    <message>
        <source>Purchase cost (%1)</source>
        <translation>Kaufpreis (%1)</translation>
    </message>
    <message>
        <source>Supp&amp;lier</source>
        <translation>&amp;Lieferant</translation>
    </message>
    <message>
        <source>&amp;Warranty end</source>
        <translation>&amp;Garantieende</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <source>Anything else to keep, e.g. columns brought in by an import.</source>
        <translation>Alles Weitere, das aufbewahrt werden soll, z. B. Spalten aus einem Import.</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>Gerät</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups are kept in the &quot;backups&quot; folder beside the database. Restoring first saves a copy of the current database.</source>
        <translation>Sicherungen liegen im Ordner „backups“ neben der Datenbank. Vor dem Wiederherstellen wird eine Kopie der aktuellen Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore selected...</source>
        <translation>Auswahl &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>Restore from &amp;file...</source>
        <translation>Aus &amp;Datei wiederherstellen...</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backed up to %s (%s).</source>
        <translation>Gesichert in %s (%s).</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation>Die Datenbank wird gesichert...</translation>
    </message>
    <message>
        <source>The backup could not be made: {}</source>
        <translation>Die Sicherung konnte nicht erstellt werden: {}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Wählen Sie zuerst eine Sicherung in der Liste.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>FixDesk databases (*.sqlite3 *.db *.bak);;All files (*)</source>
        <translation>FixDesk-Datenbanken (*.sqlite3 *.db *.bak);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the current database with the backup from %s?

A copy of the current database is saved in the backups folder first.</source>
        <translation>Die aktuelle Datenbank durch die Sicherung vom %s ersetzen?

Zuvor wird eine Kopie der aktuellen Datenbank im Sicherungsordner gespeichert.</translation>
    </message>
    <message>
        <source> The previous database was saved as %s.</source>
        <translation> Die bisherige Datenbank wurde als %s gespeichert.</translation>
    </message>
    <message>
        <source>Restored the backup from %s.</source>
        <translation>Die Sicherung vom %s wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring the backup from %s...</source>
        <translation>Die Sicherung vom %s wird wiederhergestellt...</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Their version is saved; yours is not yet. Compare them and choose how to go on.</source>
        <translation>Die andere Version ist gespeichert, Ihre noch nicht. Vergleichen Sie beide und wählen Sie, wie es weitergeht.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Andere Version (gespeichert)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>&amp;Apply mine on top</source>
        <translation>&amp;Meine Änderungen darüber speichern</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Andere Version behalten</translation>
    </message>
    <message>
        <source>Go &amp;back to editing</source>
        <translation>&amp;Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>Save the fields you changed over their version; the fields only they changed keep their values.</source>
        <translation>Speichert die von Ihnen geänderten Felder über die andere Version; Felder, die nur dort geändert wurden, behalten deren Werte.</translation>
    </message>
    <message>
        <source>Drop your changes and close the form.</source>
        <translation>Verwirft Ihre Änderungen und schließt das Formular.</translation>
    </message>
    <message>
        <source>Return to the form, with their values in the fields you had not touched.</source>
        <translation>Zurück zum Formular; Felder, die Sie nicht geändert haben, zeigen die Werte der anderen Version.</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Add cost - %s</source>
        <translation>Kosten erfassen – %s</translation>
    </message>
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
    <message>
        <source>e.g. 1.5</source>
        <translation>z. B. 1,5</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Stunden</translation>
    </message>
    <message>
        <source>&amp;Amount (%s) *</source>
        <translation>&amp;Betrag (%s) *</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Besch&amp;reibung</translation>
    </message>
    <message>
        <source>&amp;Invoice ref</source>
        <translation>Rechnungs&amp;nr.</translation>
    </message>
    <message>
        <source>Add cost</source>
        <translation>Kosten erfassen</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEdit</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>F&amp;eld hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>EmailCalloutDialog</name>
    <message>
        <source>E-mail call-out %s</source>
        <translation>Einsatzanforderung per E-Mail %s</translation>
    </message>
    <message>
        <source>vendor@example.com</source>
        <translation>dienstleister@example.com</translation>
    </message>
    <message>
        <source>Attached: the call-out form %s-callout.pdf</source>
        <translation>Anhang: der Einsatzauftrag %s-callout.pdf</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Sending the call-out form to %s...</source>
        <translation>Der Einsatzauftrag wird an %s gesendet...</translation>
    </message>
    <message>
        <source>E-mail call-out</source>
        <translation>Einsatzanforderung per E-Mail</translation>
    </message>
    <message>
        <source>The call-out form could not be sent: {}</source>
        <translation>Der Einsatzauftrag konnte nicht gesendet werden: {}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet or another program.</source>
        <translation>Eine CSV-Datei, gespeichert aus einer Tabellenkalkulation oder einem anderen Programm.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>D&amp;urchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Da&amp;tei</translation>
    </message>
    <message>
        <source>&amp;Dates like 04/05/2024</source>
        <translation>&amp;Datumsangaben wie 04/05/2024</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started with FixDesk</source>
        <translation>Erste Schritte mit FixDesk</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Logging a problem</source>
        <translation>Ein Problem erfassen</translation>
    </message>
    <message>
        <source>Calling a vendor out</source>
        <translation>Einen Dienstleister anfordern</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Importing equipment</source>
        <translation>Geräte importieren</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import stopped with an unexpected error ({}); nothing was imported.</source>
        <translation>Der Import wurde durch einen unerwarteten Fehler beendet ({}); es wurde nichts importiert.</translation>
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
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Work it out from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2024)</source>
        <translation>Tag/Monat/Jahr (31/12/2024)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/2024)</source>
        <translation>Monat/Tag/Jahr (12/31/2024)</translation>
    </message>
    <message>
        <source>Year/month/day (2024/12/31)</source>
        <translation>Jahr/Monat/Tag (2024/12/31)</translation>
    </message>
    <message>
        <source>Skipped (%1):</source>
        <translation>Übersprungen (%1):</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>Probleme (%1):</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Would also create: </source>
        <translation>Würde außerdem anlegen: </translation>
    </message>
    <message>
        <source>Also created: </source>
        <translation>Außerdem angelegt: </translation>
    </message>
    <message>
        <source>%n data row(s) in the file.</source>
        <translation>%n Datenzeile(n) in der Datei.</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Edit %s</source>
        <translation>%s bearbeiten</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Neue Störung</translation>
    </message>
    <message>
        <source>What is broken, in a few words</source>
        <translation>Was ist defekt? In wenigen Worten</translation>
    </message>
    <message>
        <source>New asset…</source>
        <translation>Neues Gerät…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Neue Person…</translation>
    </message>
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
    <message>
        <source>New vendor…</source>
        <translation>Neuer Dienstleister…</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Reported by</source>
        <translation>Gemeldet &amp;von</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>&amp;Users affected</source>
        <translation>Betroffene &amp;Nutzer</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Dienstleister</translation>
    </message>
    <message>
        <source>Vendor&apos;s &amp;job ref</source>
        <translation>Auftragsnr. des Dienst&amp;leisters</translation>
    </message>
    <message>
        <source>&amp;Opened at</source>
        <translation>&amp;Eröffnet am</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Besch&amp;reibung</translation>
    </message>
    <message>
        <source>&amp;Error messages</source>
        <translation>&amp;Fehlermeldungen</translation>
    </message>
    <message>
        <source>What was tr&amp;ied</source>
        <translation>Bereits ver&amp;sucht</translation>
    </message>
    <message>
        <source>P&amp;O number</source>
        <translation>&amp;Bestellnummer</translation>
    </message>
    <message>
        <source>&amp;Spend cap (not to exceed, %s)</source>
        <translation>&amp;Kostenobergrenze (höchstens, %s)</translation>
    </message>
    <message>
        <source>Aut&amp;horised by</source>
        <translation>Gene&amp;hmigt von</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>Störung erfassen</translation>
    </message>
    <message>
        <source>Log, call &amp;out and print…</source>
        <translation>Erfassen, &amp;anfordern und drucken…</translation>
    </message>
    <message>
        <source>Log the incident, call out the chosen vendor now and print the call-out form for the engineer.</source>
        <translation>Erfasst die Störung, fordert sofort den gewählten Dienstleister an und druckt den Einsatzauftrag für den Techniker.</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Only the title (*) is needed to log it; a vendor is needed to call out.</source>
        <translation>Zum Erfassen genügt der Titel (*); zum Anfordern wird ein Dienstleister benötigt.</translation>
    </message>
    <message>
        <source>(no asset)</source>
        <translation>(kein Gerät)</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(niemand Bestimmtes)</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(noch nicht gewählt)</translation>
    </message>
    <message>
        <source>(archived #%s)</source>
        <translation>(archiviert #%s)</translation>
    </message>
    <message>
        <source>No warranty recorded.</source>
        <translation>Keine Garantie erfasst.</translation>
    </message>
    <message>
        <source>Under warranty until %1 - call the manufacturer first.</source>
        <translation>Garantie bis %1 – zuerst den Hersteller anrufen.</translation>
    </message>
    <message>
        <source>Warranty ended %1.</source>
        <translation>Garantie am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Maintained by %s.</source>
        <translation>Betreut von %s.</translation>
    </message>
    <message>
        <source>Say in a few words what is broken.</source>
        <translation>Beschreiben Sie in wenigen Worten, was defekt ist.</translation>
    </message>
    <message>
        <source>Choose the vendor to call out, or add one with “New vendor…”.</source>
        <translation>Wählen Sie den Dienstleister, der kommen soll, oder legen Sie einen mit „Neuer Dienstleister…“ an.</translation>
    </message>
    <message>
        <source>Call out</source>
        <translation>Dienstleister anfordern</translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>Die Eingaben in diesem Formular verwerfen?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>FixDesk suggests where each column goes; change any that are wrong.</source>
        <translation>FixDesk schlägt vor, wohin jede Spalte gehört; ändern Sie falsche Zuordnungen.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Custom field &quot;%s&quot;</source>
        <translation>Eigenes Feld „%s“</translation>
    </message>
    <message>
        <source>(column %d, no name)</source>
        <translation>(Spalte %d, ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1; %n data row(s).</source>
        <translation>
            <numerusform>Gelesen als %1; %n Datenzeile.</numerusform>
            <numerusform>Gelesen als %1; %n Datenzeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ohne)</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. This is what would happen.</source>
        <translation>Noch wurde nichts importiert. Das würde geschehen:</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the rest</source>
        <translation>Fehlerhafte Zeilen &amp;überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>Jede Zeile wird geprüft...</translation>
    </message>
    <message>
        <source>Checking %d rows...</source>
        <translation>%d Zeilen werden geprüft...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>QuickAssetDialog</name>
    <message>
        <source>New asset</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Reception PC</source>
        <translation>z. B. Empfangs-PC</translation>
    </message>
    <message>
        <source>Asset &amp;tag</source>
        <translation>&amp;Inventarnummer</translation>
    </message>
    <message>
        <source>The label on the equipment; the next free one is suggested.</source>
        <translation>Das Etikett am Gerät; die nächste freie Nummer ist vorgeschlagen.</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>&amp;Seriennummer</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Gerät anlegen</translation>
    </message>
</context>
<context>
    <name>QuickPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person anlegen</translation>
    </message>
</context>
<context>
    <name>QuickVendorDialog</name>
    <message>
        <source>New vendor</source>
        <translation>Neuer Dienstleister</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>The number you call</source>
        <translation>Die Nummer, die Sie anrufen</translation>
    </message>
    <message>
        <source>&amp;Response time (hours)</source>
        <translation>&amp;Reaktionszeit (Stunden)</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>z. B. 4</translation>
    </message>
    <message>
        <source>Optional: what they promise. Rates, contacts and the rest can be added later on the Vendors page.</source>
        <translation>Optional: was der Dienstleister zusagt. Preise, Ansprechpartner und alles Weitere können Sie später auf der Seite „Dienstleister“ ergänzen.</translation>
    </message>
    <message>
        <source>Add vendor</source>
        <translation>Dienstleister anlegen</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>Die Eingaben in diesem Formular verwerfen?</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Every asset on the register (archived ones are left out).</source>
        <translation>Alle Geräte im Verzeichnis (archivierte ausgenommen).</translation>
    </message>
    <message>
        <source>&amp;Preview / print...</source>
        <translation>&amp;Vorschau / Drucken...</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>Als PDF &amp;speichern...</translation>
    </message>
    <message>
        <source>Opened &amp;from:</source>
        <translation>Eröffnet &amp;ab:</translation>
    </message>
    <message>
        <source>Opened &amp;to:</source>
        <translation>Eröffnet &amp;bis:</translation>
    </message>
    <message>
        <source>Untick a date to leave that end of the range open.</source>
        <translation>Ohne Häkchen bleibt der Zeitraum an diesem Ende offen.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Ending &amp;within:</source>
        <translation>Endet &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Expired warranties are always listed; the rest are grouped by 30, 60 and 90 days.</source>
        <translation>Abgelaufene Garantien stehen immer in der Liste; die übrigen nach 30, 60 und 90 Tagen gruppiert.</translation>
    </message>
    <message>
        <source>Due &amp;from:</source>
        <translation>Fällig &amp;ab:</translation>
    </message>
    <message>
        <source>Due &amp;to:</source>
        <translation>Fällig &amp;bis:</translation>
    </message>
    <message>
        <source>Tasks not yet done, with a box to tick and room to write the date, who and the cost.</source>
        <translation>Offene Aufgaben, mit Kästchen zum Abhaken und Platz für Datum, Name und Kosten.</translation>
    </message>
    <message>
        <source>Label &amp;sheet:</source>
        <translation>Etiketten&amp;bogen:</translation>
    </message>
    <message>
        <source>&amp;All assets</source>
        <translation>&amp;Alle Geräte</translation>
    </message>
    <message>
        <source>&amp;Only the assets ticked below</source>
        <translation>&amp;Nur die unten angehakten Geräte</translation>
    </message>
    <message>
        <source>The end date %s is before the start date %s.</source>
        <translation>Das Enddatum %s liegt vor dem Startdatum %s.</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>Geräteetiketten</translation>
    </message>
    <message>
        <source>Break-fix review</source>
        <translation>Break-Fix-Auswertung</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>Störungsprotokoll</translation>
    </message>
    <message>
        <source>Costs report</source>
        <translation>Kostenbericht</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>Geräteverzeichnis</translation>
    </message>
    <message>
        <source>Warranty report</source>
        <translation>Garantiebericht</translation>
    </message>
    <message>
        <source>Planned work checklist</source>
        <translation>Checkliste geplante Arbeiten</translation>
    </message>
    <message>
        <source>Avery L7163 - A4, 14 per sheet</source>
        <translation>Avery L7163 – A4, 14 pro Bogen</translation>
    </message>
    <message>
        <source>Avery 5160 - Letter, 30 per sheet</source>
        <translation>Avery 5160 – US-Letter, 30 pro Bogen</translation>
    </message>
    <message>
        <source>Tick at least one asset to label.</source>
        <translation>Haken Sie mindestens ein Gerät an.</translation>
    </message>
    <message>
        <source>Building %s...</source>
        <translation>%s wird erstellt...</translation>
    </message>
    <message>
        <source>The document could not be built: {}</source>
        <translation>Das Dokument konnte nicht erstellt werden: {}</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Gespeichert: %s</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Wird importiert...</translation>
    </message>
    <message>
        <source>Importing %d rows...</source>
        <translation>%d Zeilen werden importiert...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>STARTTLS (usual on port 587)</source>
        <translation>STARTTLS (üblich auf Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usual on port 465)</source>
        <translation>SSL/TLS (üblich auf Port 465)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Set up your office</source>
        <translation>Ihr Büro einrichten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Written on timeline entries and forms</source>
        <translation>Steht in Verlaufseinträgen und auf Formularen</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Office &amp;name *</source>
        <translation>&amp;Name des Büros *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
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
        <source>Pa&amp;per size</source>
        <translation>Papier&amp;format</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Wie am Computer eingestellt</translation>
    </message>
    <message>
        <source>A new language shows the next time FixDesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von FixDesk.</translation>
    </message>
    <message>
        <source>You, on this computer</source>
        <translation>Sie, an diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message numerus="yes">
        <source>%n (the people on record)</source>
        <translation>
            <numerusform>%n (die erfasste Person)</numerusform>
            <numerusform>%n (die erfassten Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats a managed-service contract would cover; leave blank to use the number of people on record.</source>
        <translation>Arbeitsplätze, die ein Managed-Service-Vertrag abdecken würde; leer lassen, um die Zahl der erfassten Personen zu verwenden.</translation>
    </message>
    <message>
        <source>An asset is marked “replace” once its repairs reach this percentage of its purchase cost.</source>
        <translation>Ein Gerät wird als „Ersetzen“ markiert, sobald seine Reparaturkosten diesen Prozentsatz des Kaufpreises erreichen.</translation>
    </message>
    <message>
        <source>(The keyring is your computer&apos;s own safe for passwords, such as Windows Credential Manager or the macOS Keychain.)</source>
        <translation>(Der Passwortspeicher ist der Tresor Ihres Computers für Passwörter, etwa die Windows-Anmeldeinformationsverwaltung oder der macOS-Schlüsselbund.)</translation>
    </message>
    <message>
        <source>Saved - type to replace</source>
        <translation>Gespeichert – zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot be saved on this computer</source>
        <translation>Kann auf diesem Computer nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Money and the break-fix review</source>
        <translation>Kosten und die Break-Fix-Auswertung</translation>
    </message>
    <message>
        <source>&amp;Downtime cost per hour (%s)</source>
        <translation>Ausfall&amp;kosten pro Stunde (%s)</translation>
    </message>
    <message>
        <source>&amp;Managed-service quote per seat (%s)</source>
        <translation>&amp;Managed-Service-Angebot pro Arbeitsplatz (%s)</translation>
    </message>
    <message>
        <source>Sea&amp;ts to compare with</source>
        <translation>Arbeitsplätze zum &amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Replace threshold (% of price)</source>
        <translation>Schwelle für „E&amp;rsetzen“ (% des Preises)</translation>
    </message>
    <message>
        <source>E-mail for sending call-outs</source>
        <translation>E-Mail für Einsatzanforderungen</translation>
    </message>
    <message>
        <source>Call-outs are sent through your mail provider&apos;s outgoing (SMTP) server; its help pages give the server and port. STARTTLS and SSL/TLS both encrypt: use the one they name.</source>
        <translation>Einsatzanforderungen werden über den Postausgangsserver (SMTP) Ihres E-Mail-Anbieters gesendet; dessen Hilfeseiten nennen Server und Port. STARTTLS und SSL/TLS verschlüsseln beide: Verwenden Sie das dort genannte Verfahren.</translation>
    </message>
    <message>
        <source>SMTP &amp;server</source>
        <translation>SMTP-S&amp;erver</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>Versch&amp;lüsselung</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Passw&amp;ort</translation>
    </message>
    <message>
        <source>Sen&amp;der address</source>
        <translation>Absen&amp;deradresse</translation>
    </message>
    <message>
        <source>Discard your changes to the settings?</source>
        <translation>Ihre Änderungen an den Einstellungen verwerfen?</translation>
    </message>
    <message>
        <source>Enter the SMTP server before its password.</source>
        <translation>Geben Sie zuerst den SMTP-Server ein, dann das Passwort.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Use a shared database</source>
        <translation>Gemeinsame Datenbank verwenden</translation>
    </message>
    <message>
        <source>Several PCs can share one office when its records live on a PostgreSQL database server. Enter the details whoever runs the server gave you, then test the connection.</source>
        <translation>Mehrere PCs können ein Büro gemeinsam nutzen, wenn seine Daten auf einem PostgreSQL-Datenbankserver liegen. Geben Sie die Angaben ein, die Sie vom Betreiber des Servers erhalten haben, und testen Sie dann die Verbindung.</translation>
    </message>
    <message>
        <source>e.g. server.office.local or 192.168.1.20</source>
        <translation>z. B. server.office.local oder 192.168.1.20</translation>
    </message>
    <message>
        <source>Encrypt if the server offers it (usual on an office network)</source>
        <translation>Verschlüsseln, wenn der Server es anbietet (üblich im Büronetz)</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>Immer verschlüsseln</translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate</source>
        <translation>Immer verschlüsseln und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>Nie verschlüsseln</translation>
    </message>
    <message>
        <source>Saved - type to replace</source>
        <translation>Gespeichert – zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Versch&amp;lüsselung:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Move this office&apos;s data to the shared database...</source>
        <translation>Daten dieses Büros in die gemeinsame Datenbank &amp;verschieben...</translation>
    </message>
    <message>
        <source>&amp;Connect to the office already there</source>
        <translation>&amp;Mit dem dort vorhandenen Büro verbinden</translation>
    </message>
    <message>
        <source>Make a &amp;local copy...</source>
        <translation>Lokale &amp;Kopie anlegen...</translation>
    </message>
    <message>
        <source>Copy the shared office into a file on this computer</source>
        <translation>Das gemeinsame Büro in eine Datei auf diesem Computer kopieren</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht funktioniert</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Connecting to %s...</source>
        <translation>Verbindung zu %s wird hergestellt...</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>FixDesk cannot remember the password, so it cannot use this server from this computer.</source>
        <translation>FixDesk kann sich das Passwort nicht merken und diesen Server daher von diesem Computer aus nicht nutzen.</translation>
    </message>
    <message>
        <source>There is no office there yet: move this office&apos;s data to it first.</source>
        <translation>Dort gibt es noch kein Büro: Verschieben Sie zuerst die Daten dieses Büros dorthin.</translation>
    </message>
    <message>
        <source>FixDesk moves an office only into an empty database, so nothing was copied.</source>
        <translation>FixDesk verschiebt ein Büro nur in eine leere Datenbank; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Move to the shared database</source>
        <translation>In die gemeinsame Datenbank verschieben</translation>
    </message>
    <message>
        <source>Copy this office (%s) to %s on %s?

The file on this computer is not changed: it stays as a backup.</source>
        <translation>Dieses Büro (%s) in %s auf %s kopieren?

Die Datei auf diesem Computer bleibt unverändert und dient als Sicherung.</translation>
    </message>
    <message>
        <source>Copying the office to %s...</source>
        <translation>Das Büro wird nach %s kopiert...</translation>
    </message>
    <message>
        <source>The office is on the shared database now (%s, every count checked).

The file on this computer was not changed and is kept as a backup:
%s

FixDesk now opens the shared database.</source>
        <translation>Das Büro liegt jetzt in der gemeinsamen Datenbank (%s, alle Anzahlen geprüft).

Die Datei auf diesem Computer wurde nicht verändert und bleibt als Sicherung erhalten:
%s

FixDesk öffnet jetzt die gemeinsame Datenbank.</translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation>Lokale Kopie anlegen</translation>
    </message>
    <message>
        <source>This office is already in a file on this computer.</source>
        <translation>Dieses Büro liegt bereits in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>FixDesk databases (*.sqlite3)</source>
        <translation>FixDesk-Datenbanken (*.sqlite3)</translation>
    </message>
    <message>
        <source>Copied the shared office (%s) to
%s

Work on this local copy from now on? (The shared database is left as it is.)</source>
        <translation>Das gemeinsame Büro (%s) wurde kopiert nach
%s

Ab jetzt mit dieser lokalen Kopie arbeiten? (Die gemeinsame Datenbank bleibt unverändert.)</translation>
    </message>
    <message>
        <source>The copy could not be made</source>
        <translation>Die Kopie konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Copying the shared office to %s...</source>
        <translation>Das gemeinsame Büro wird nach %s kopiert...</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>Ö&amp;ffnungszeiten</translation>
    </message>
    <message>
        <source>Mon-Fri 8:30-17:30</source>
        <translation>Mo–Fr 8:30–17:30</translation>
    </message>
    <message>
        <source>On-site &amp;contact</source>
        <translation>Kontakt vor &amp;Ort</translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation>&amp;Kontakttelefon</translation>
    </message>
    <message>
        <source>&amp;Backup contact</source>
        <translation>&amp;Vertretung</translation>
    </message>
    <message>
        <source>Backup contact pho&amp;ne</source>
        <translation>Telefon der V&amp;ertretung</translation>
    </message>
    <message>
        <source>Acc&amp;ess notes</source>
        <translation>&amp;Zugangshinweise</translation>
    </message>
    <message>
        <source>Printed on every call-out form for this site.</source>
        <translation>Steht auf jedem Einsatzauftrag für diesen Standort.</translation>
    </message>
    <message>
        <source>Par&amp;king</source>
        <translation>&amp;Parken</translation>
    </message>
    <message>
        <source>A&amp;larm</source>
        <translation>A&amp;larmanlage</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
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
    <message>
        <source>(choose a vendor)</source>
        <translation>(Dienstleister wählen)</translation>
    </message>
    <message>
        <source> - responds within %s h</source>
        <translation> – Reaktion in %s h</translation>
    </message>
    <message>
        <source>New vendor…</source>
        <translation>Neuer Dienstleister…</translation>
    </message>
    <message>
        <source>&amp;Vendor *</source>
        <translation>&amp;Dienstleister *</translation>
    </message>
    <message>
        <source>No vendor yet? Add one with “New vendor…”: a name and a phone number are enough.</source>
        <translation>Noch kein Dienstleister? Legen Sie einen mit „Neuer Dienstleister…“ an: Name und Telefonnummer genügen.</translation>
    </message>
    <message>
        <source>Vendor&apos;s &amp;job ref</source>
        <translation>Auftragsnr. des Dienst&amp;leisters</translation>
    </message>
    <message>
        <source>&amp;Cause found</source>
        <translation>Gefundene &amp;Ursache</translation>
    </message>
    <message>
        <source>&amp;Resolution *</source>
        <translation>&amp;Lösung *</translation>
    </message>
    <message>
        <source>Say what was done (Resolution) to mark it resolved.</source>
        <translation>Geben Sie an, was getan wurde (Lösung), um die Störung als behoben zu markieren.</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Call out and &amp;print…</source>
        <translation>Anfordern und d&amp;rucken…</translation>
    </message>
    <message>
        <source>Call out &amp;only</source>
        <translation>Nur an&amp;fordern</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>The incident stays in the log, marked cancelled.</source>
        <translation>Die Störung bleibt im Protokoll, als storniert markiert.</translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>Die Eingaben in diesem Formular verwerfen?</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>New planned task</source>
        <translation>Neue geplante Aufgabe</translation>
    </message>
    <message>
        <source>Edit planned task</source>
        <translation>Geplante Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Test-restore the server backup</source>
        <translation>z. B. Wiederherstellung der Server-Sicherung testen</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>from the due date (keeps its day of the month)</source>
        <translation>ab dem Fälligkeitsdatum (behält den Tag im Monat)</translation>
    </message>
    <message>
        <source>from the day it is done</source>
        <translation>ab dem Tag der Erledigung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ohne)</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>A renewal: it lapses on the due date (the cost is yearly)</source>
        <translation>Verlängerung: endet am Fälligkeitstag (Kosten pro Jahr)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>&amp;Due *</source>
        <translation>&amp;Fällig am *</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <source>Next one counted</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Dienstleister</translation>
    </message>
    <message>
        <source>&amp;Cost (%s)</source>
        <translation>&amp;Kosten (%s)</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>&amp;Notice period</source>
        <translation>Kündigungsfri&amp;st</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>TaskDoneDialog</name>
    <message>
        <source>Done - %s</source>
        <translation>Erledigt – %s</translation>
    </message>
    <message>
        <source>what was found, what was done</source>
        <translation>was gefunden, was getan wurde</translation>
    </message>
    <message>
        <source>Due %s</source>
        <translation>Fällig am %s</translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation>Erledigt &amp;am</translation>
    </message>
    <message>
        <source>Done &amp;by</source>
        <translation>Erledigt &amp;von</translation>
    </message>
    <message>
        <source>Actual &amp;cost (%s)</source>
        <translation>Tatsächliche &amp;Kosten (%s)</translation>
    </message>
    <message>
        <source>Actual &amp;cost</source>
        <translation>Tatsächliche &amp;Kosten</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation>Nächste Fälligkeit:</translation>
    </message>
    <message>
        <source>Record done</source>
        <translation>Als erledigt erfassen</translation>
    </message>
    <message>
        <source>not again (a one-off task)</source>
        <translation>nicht wieder (einmalige Aufgabe)</translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <source>New vendor</source>
        <translation>Neuer Dienstleister</translation>
    </message>
    <message>
        <source>Vendor %1</source>
        <translation>Dienstleister %1</translation>
    </message>
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
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Other phone</source>
        <translation>&amp;Weiteres Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Web&amp;site</translation>
    </message>
    <message>
        <source>&amp;Account number</source>
        <translation>&amp;Kundennummer</translation>
    </message>
    <message>
        <source>Support &amp;hours</source>
        <translation>Support&amp;zeiten</translation>
    </message>
    <message>
        <source>Mon-Fri 8-18</source>
        <translation>Mo–Fr 8–18</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>z. B. 4</translation>
    </message>
    <message>
        <source>&amp;Response time (hours)</source>
        <translation>&amp;Reaktionszeit (Stunden)</translation>
    </message>
    <message>
        <source>What the vendor promises: sets each call-out&apos;s due time.</source>
        <translation>Was der Dienstleister zusagt: bestimmt die Fälligkeit jeder Einsatzanforderung.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Call-out &amp;fee</source>
        <translation>Anfahrtspauscha&amp;le</translation>
    </message>
    <message>
        <source>Hourly ra&amp;te</source>
        <translation>Stun&amp;densatz</translation>
    </message>
    <message>
        <source>&amp;Minimum charge</source>
        <translation>&amp;Mindestbetrag</translation>
    </message>
    <message>
        <source>Portal &amp;URL</source>
        <translation>Portal-&amp;URL</translation>
    </message>
    <message>
        <source>Portal &amp;user name</source>
        <translation>Portal-&amp;Benutzername</translation>
    </message>
    <message>
        <source>Portal pass&amp;word</source>
        <translation>Portal-Passw&amp;ort</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the database.</source>
        <translation>Wird im Passwortspeicher des Systems abgelegt, nie in der Datenbank.</translation>
    </message>
    <message>
        <source>cannot be saved here</source>
        <translation>kann hier nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Ansprechpartner &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve contact</source>
        <translation>Anspre&amp;chpartner entfernen</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Ans&amp;prechpartner</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>The vendor was saved, but its portal password was not: %1</source>
        <translation>Der Dienstleister wurde gespeichert, sein Portal-Passwort aber nicht: %1</translation>
    </message>
</context>
</TS>
