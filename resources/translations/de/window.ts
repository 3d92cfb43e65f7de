<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ChangedElsewhereNote</name>
    <message>
        <source>This %s was deleted on another computer while you were editing it; it can no longer be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %s was changed on another computer while you were editing it. What you typed is kept; check it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites &amp; People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New incident...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>FixDesk - read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read from the database: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the shared database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing %s...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %s (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %s
(%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %d %s to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %s...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail call-out to vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident first, then e-mail its call-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-out form for %s e-mailed to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1 due · %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned work due in the next 14 days, and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Planned work due today: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export planned work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %d planned tasks to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned work calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print call-out form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident first, then print its call-out form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-out form %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print incident summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident first, then print its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident summary %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-out form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-out form %s sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;call-out form...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print incident &amp;summary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break-fix review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;shared database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;local copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a shared database...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
