<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ChangedElsewhereNote</name>
    <message>
        <source>This %s was deleted on another computer while you were editing it; it can no longer be saved.</source>
        <translation>Dieser Eintrag (%s) wurde auf einem anderen Computer gelöscht, während Sie ihn bearbeitet haben; er kann nicht mehr gespeichert werden.</translation>
    </message>
    <message>
        <source>This %s was changed on another computer while you were editing it. What you typed is kept; check it before saving.</source>
        <translation>Dieser Eintrag (%s) wurde auf einem anderen Computer geändert, während Sie ihn bearbeitet haben. Ihre Eingaben bleiben erhalten; prüfen Sie sie vor dem Speichern.</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <source>Waiting for the other program to finish…</source>
        <translation>Warten, bis das andere Programm fertig ist…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Datenbank belegt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
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
        <source>Sites &amp; People</source>
        <translation>Standorte &amp; Personen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Störung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>FixDesk</source>
        <translation>FixDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;New incident...</source>
        <translation>Neue &amp;Störung...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>FixDesk - read-only</source>
        <translation>FixDesk - schreibgeschützt</translation>
    </message>
    <message>
        <source>Read-only: %s</source>
        <translation>Schreibgeschützt: %s</translation>
    </message>
    <message>
        <source>Could not read from the database: %s</source>
        <translation>Aus der Datenbank konnte nicht gelesen werden: %s</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Connected to the shared database again.</source>
        <translation>Wieder mit der gemeinsamen Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Open the database on this computer instead? (File &gt; Use a shared database... connects again later.)</source>
        <translation>Stattdessen die Datenbank auf diesem Computer öffnen? (Datei &gt; Gemeinsame Datenbank verwenden... verbindet später wieder.)</translation>
    </message>
    <message>
        <source>FixDesk has not changed the file. Restore it from your own backup copy, or start FixDesk with another database.</source>
        <translation>FixDesk hat die Datei nicht verändert. Stellen Sie sie aus Ihrer eigenen Sicherungskopie wieder her oder starten Sie FixDesk mit einer anderen Datenbank.</translation>
    </message>
    <message>
        <source>Restore the backup from %s? The damaged file is kept in the backups folder.</source>
        <translation>Die Sicherung wiederherstellen (%s)? Die beschädigte Datei bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>Automatic backup saved: %s</source>
        <translation>Automatische Sicherung gespeichert: %s</translation>
    </message>
    <message>
        <source>Automatic backup failed: %s</source>
        <translation>Automatische Sicherung fehlgeschlagen: %s</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backed up to %s (%s).</source>
        <translation>Gesichert nach %s (%s).</translation>
    </message>
    <message>
        <source>Backed up to %s
(%s).</source>
        <translation>Gesichert nach %s
(%s).</translation>
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
        <source>assets</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>vendors</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Export %s</source>
        <translation>%s exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %d %s to %s.</source>
        <translation>%d %s nach %s exportiert.</translation>
    </message>
    <message>
        <source>Exporting %s...</source>
        <translation>%s werden exportiert...</translation>
    </message>
    <message>
        <source>The export could not be written: {}</source>
        <translation>Der Export konnte nicht geschrieben werden: {}</translation>
    </message>
    <message>
        <source>E-mail call-out to vendor</source>
        <translation>Einsatzauftrag per E-Mail an den Dienstleister</translation>
    </message>
    <message>
        <source>Select an incident first, then e-mail its call-out.</source>
        <translation>Wählen Sie zuerst eine Störung aus und senden Sie dann ihren Einsatzauftrag per E-Mail.</translation>
    </message>
    <message>
        <source>Call-out form for %s e-mailed to %s.</source>
        <translation>Einsatzauftrag für %s per E-Mail an %s gesendet.</translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation>Jetzt &amp;sichern...</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>Aus Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>&amp;E-mail call-out to vendor...</source>
        <translation>Einsatzauftrag per &amp;E-Mail senden...</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Assets...</source>
        <translation>&amp;Geräte...</translation>
    </message>
    <message>
        <source>&amp;Incidents...</source>
        <translation>&amp;Störungen...</translation>
    </message>
    <message>
        <source>&amp;Vendors...</source>
        <translation>&amp;Dienstleister...</translation>
    </message>
    <message>
        <source>Planned: %1 due · %2 overdue</source>
        <translation>Geplant: %1 fällig · %2 überfällig</translation>
    </message>
    <message>
        <source>Planned work due in the next 14 days, and overdue</source>
        <translation>Geplante Arbeiten, die in den nächsten 14 Tagen fällig oder schon überfällig sind</translation>
    </message>
    <message>
        <source> and %n more</source>
        <translation> und %n weitere</translation>
    </message>
    <message>
        <source>Planned work due today: %s</source>
        <translation>Heute fällige geplante Arbeiten: %s</translation>
    </message>
    <message>
        <source>Export planned work calendar</source>
        <translation>Kalender der geplanten Arbeiten exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Exported %d planned tasks to %s.</source>
        <translation>%d geplante Aufgaben nach %s exportiert.</translation>
    </message>
    <message>
        <source>&amp;Planned work…</source>
        <translation>&amp;Geplante Arbeiten…</translation>
    </message>
    <message>
        <source>&amp;Planned work calendar…</source>
        <translation>&amp;Kalender der geplanten Arbeiten…</translation>
    </message>
    <message>
        <source>Print call-out form</source>
        <translation>Einsatzauftrag drucken</translation>
    </message>
    <message>
        <source>Select an incident first, then print its call-out form.</source>
        <translation>Wählen Sie zuerst eine Störung aus und drucken Sie dann ihren Einsatzauftrag.</translation>
    </message>
    <message>
        <source>Call-out form %s</source>
        <translation>Einsatzauftrag %s</translation>
    </message>
    <message>
        <source>Print incident summary</source>
        <translation>Zusammenfassung der Störung drucken</translation>
    </message>
    <message>
        <source>Select an incident first, then print its summary.</source>
        <translation>Wählen Sie zuerst eine Störung aus und drucken Sie dann ihre Zusammenfassung.</translation>
    </message>
    <message>
        <source>Incident summary %s</source>
        <translation>Zusammenfassung der Störung %s</translation>
    </message>
    <message>
        <source>Call-out form</source>
        <translation>Einsatzauftrag</translation>
    </message>
    <message>
        <source>Call-out form %s sent to the printer.</source>
        <translation>Einsatzauftrag %s an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Print &amp;call-out form...</source>
        <translation>Einsatzauftrag &amp;drucken...</translation>
    </message>
    <message>
        <source>Print incident &amp;summary...</source>
        <translation>&amp;Zusammenfassung drucken...</translation>
    </message>
    <message>
        <source>&amp;Reports...</source>
        <translation>&amp;Berichte...</translation>
    </message>
    <message>
        <source>&amp;Break-fix review...</source>
        <translation>Break-Fix-&amp;Auswertung...</translation>
    </message>
    <message>
        <source>Use a &amp;shared database...</source>
        <translation>&amp;Gemeinsame Datenbank verwenden...</translation>
    </message>
    <message>
        <source>Make a &amp;local copy...</source>
        <translation>&amp;Lokale Kopie anlegen...</translation>
    </message>
    <message>
        <source>Use a shared database...</source>
        <translation>Gemeinsame Datenbank verwenden...</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>The work stopped with an unexpected error ({})</source>
        <translation>Die Arbeit wurde durch einen unerwarteten Fehler abgebrochen ({})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save PDF...</source>
        <translation>PDF speichern...</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read back for printing.</source>
        <translation>Das Dokument konnte zum Drucken nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
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
        <source>%1 has %2 pages, too many to preview. Print it now? (Save PDF keeps a copy to read in any PDF viewer.)</source>
        <translation>%1 hat %2 Seiten, zu viele für die Vorschau. Jetzt drucken? (Mit „PDF speichern“ behalten Sie eine Kopie für jeden PDF-Betrachter.)</translation>
    </message>
    <message>
        <source>Printing %s...</source>
        <translation>%s wird gedruckt...</translation>
    </message>
    <message>
        <source>The document could not be printed: {}</source>
        <translation>Das Dokument konnte nicht gedruckt werden: {}</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>The connection to the shared database was lost before this was saved; what you typed is kept, so try again in a moment.</source>
        <translation>Die Verbindung zur gemeinsamen Datenbank ist vor dem Speichern abgebrochen; Ihre Eingaben bleiben erhalten, versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This was not saved: an unexpected error stopped it ({}).</source>
        <translation>Nicht gespeichert: Ein unerwarteter Fehler hat das Speichern verhindert ({}).</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost; nothing was opened, so try again in a moment.</source>
        <translation>Die Verbindung zur gemeinsamen Datenbank ist abgebrochen; es wurde nichts geöffnet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The form could not be opened: an unexpected error stopped it ({}).</source>
        <translation>Das Formular konnte nicht geöffnet werden: ein unerwarteter Fehler hat es verhindert ({}).</translation>
    </message>
</context>
</TS>
