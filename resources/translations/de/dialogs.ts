<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FixDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break-fix helpdesk for small offices: log the problem, call out support, print the call-out form, keep the paper trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPL-3.0-or-later (see pyproject.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the LICENSE file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FixDesk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>New asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset &amp;tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintained &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no vendor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supp&amp;lier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warranty end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else to keep, e.g. columns brought in by an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in the &quot;backups&quot; folder beside the database. Restoring first saves a copy of the current database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %s (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixDesk databases (*.sqlite3 *.db *.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current database with the backup from %s?

A copy of the current database is saved in the backups folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The previous database was saved as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup from %s...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is saved; yours is not yet. Compare them and choose how to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply mine on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go &amp;back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fields you changed over their version; the fields only they changed keep their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your changes and close the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the form, with their values in the fields you had not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Add cost - %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-out fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%s) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsEdit</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailCalloutDialog</name>
    <message>
        <source>E-mail call-out %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: the call-out form %s-callout.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the call-out form to %s...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail call-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call-out form could not be sent: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet or another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates like 04/05/2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started with FixDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling a vendor out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing equipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped with an unexpected error ({}); nothing was imported.</source>
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
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work it out from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month/day/year (12/31/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year/month/day (2024/12/31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would also create: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also created: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n data row(s) in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is broken, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 - business stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 - serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 - annoying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 - cosmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vendor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor&apos;s &amp;job ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Error messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was tr&amp;ied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;O number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spend cap (not to exceed, %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aut&amp;horised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log, call &amp;out and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the incident, call out the chosen vendor now and print the call-out form for the engineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the title (*) is needed to log it; a vendor is needed to call out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no asset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived #%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warranty recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under warranty until %1 - call the manufacturer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintained by %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vendor to call out, or add one with “New vendor…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixDesk suggests where each column goes; change any that are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %d, no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1; %n data row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported yet. This is what would happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %d rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickAssetDialog</name>
    <message>
        <source>New asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Reception PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset &amp;tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label on the equipment; the next free one is suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPersonDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickVendorDialog</name>
    <message>
        <source>New vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response time (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what they promise. Rates, contacts and the rest can be added later on the Vendors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vendor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every asset on the register (archived ones are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview / print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a date to leave that end of the range open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired warranties are always listed; the rest are grouped by 30, 60 and 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks not yet done, with a box to tick and room to write the date, who and the cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &amp;sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only the assets ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %s is before the start date %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-fix review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned work checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery L7163 - A4, 14 per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery 5160 - Letter, 30 per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one asset to label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %s...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be built: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %d rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>STARTTLS (usual on port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (usual on port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on timeline entries and forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time FixDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n (the people on record)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Seats a managed-service contract would cover; leave blank to use the number of people on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset is marked “replace” once its repairs reach this percentage of its purchase cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The keyring is your computer&apos;s own safe for passwords, such as Windows Credential Manager or the macOS Keychain.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved - type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and the break-fix review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downtime cost per hour (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Managed-service quote per seat (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;ts to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace threshold (% of price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail for sending call-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-outs are sent through your mail provider&apos;s outgoing (SMTP) server; its help pages give the server and port. STARTTLS and SSL/TLS both encrypt: use the one they name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;der address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to the settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SMTP server before its password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Use a shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several PCs can share one office when its records live on a PostgreSQL database server. Enter the details whoever runs the server gave you, then test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. server.office.local or 192.168.1.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt if the server offers it (usual on an office network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved - type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move this office&apos;s data to the shared database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to the office already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;local copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shared office into a file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %s...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixDesk cannot remember the password, so it cannot use this server from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no office there yet: move this office&apos;s data to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixDesk moves an office only into an empty database, so nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this office (%s) to %s on %s?

The file on this computer is not changed: it stays as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the office to %s...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is on the shared database now (%s, every count checked).

The file on this computer was not changed and is kept as a backup:
%s

FixDesk now opens the shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office is already in a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixDesk databases (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the shared office (%s) to
%s

Work on this local copy from now on? (The shared database is left as it is.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the shared office to %s...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon-Fri 8:30-17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup contact pho&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ess notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on every call-out form for this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par&amp;king</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;larm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Call out vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a vendor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - responds within %s h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vendor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vendor yet? Add one with “New vendor…”: a name and a phone number are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor&apos;s &amp;job ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cause found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done (Resolution) to mark it resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call out and &amp;print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call out &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident stays in the log, marked cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New planned task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit planned task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Test-restore the server backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the due date (keeps its day of the month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the day it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal: it lapses on the due date (the cost is yearly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next one counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDoneDialog</name>
    <message>
        <source>Done - %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was found, what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;cost (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not again (a one-off task)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <source>New vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT break-fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer / copier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecom / internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon-Fri 8-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response time (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the vendor promises: sets each call-out&apos;s due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-out &amp;fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly ra&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor was saved, but its portal password was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
