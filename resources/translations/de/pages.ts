<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>open now (opened in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue: engineer later than promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours of downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost of the downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor promises broken this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warranties ending within 30 / 60 / 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break-fix total (spend + downtime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed service for the same months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <source>&amp;New asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an incident with this asset filled in</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tag, name, serial, model, person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assets match this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assets yet.
Click “New asset” to add the first PC, printer or phone. To have the maintainer filled in, add the company that looks after it on the Vendors page first (or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warranty recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under warranty until %1 — call the manufacturer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs so far (%1) have reached %2% of its purchase cost (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repeat fault: 3 or more incidents within 90 days. Repairs so far: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs so far: %1 of the %2 at which replacing pays (%3% of its purchase cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs so far: %1; no purchase cost recorded to weigh them against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair or replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents recorded for this asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total repair cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
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
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 incidents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetsSection</name>
    <message>
        <source>The five assets that cost the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset cost anything in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs, ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) to replace (repairs have reached the threshold): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetsTableModel</name>
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
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsSection</name>
    <message>
        <source>Spend per month by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>Type a time such as 14:30, or a date and time such as 2026-11-29 14:30; the arrow keys change the part under the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresSection</name>
    <message>
        <source>quote not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentActions</name>
    <message>
        <source>&amp;Edit incident...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;cost...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;attachment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete incident...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note - %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (phone call, what the vendor said, ...):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, PDFs and documents (*.png *.jpg *.jpeg *.pdf *.txt *.doc *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a copy of %s to open (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s with its timeline, costs and attachments? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDetailPane</name>
    <message>
        <source>Select an incident to see its details, or press Ctrl+N to log one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor&apos;s job ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No costs recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (missed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total: %s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ref, title, asset, vendor, text...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show incidents opened at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 to %2 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents match “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show here: choose “All incidents” to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+N to log a problem. In that form you can add the equipment (“New asset…”) and the company you call (“New vendor…”: a name and a phone number are enough), then log, call out and print the form in one go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help ▸ Getting started (F1) walks through it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsTableModel</name>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the vendor&apos;s response was due %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to record a date; unticked, the date is left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents were opened in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents opened %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the companies you call when something breaks (Vendors page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your equipment: PCs, printers, phones (Assets page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the hourly cost of downtime and the managed-service quote per seat (File ▸ Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the next problem as an incident (Ctrl+N); its call-out, costs and downtime are added up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page shows what break-fix is costing the office once incidents are logged. To get there:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet.
Click “New person” to add the staff who report problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assets assigned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it done and schedule the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned work yet.
Click “New task” to add the checks you do on a schedule (test-restore the backup, service the copier) and the renewals that must not lapse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s done; next due %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and its %n Done record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete planned task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s%s? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due in 14 days · %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the asset: edit the asset to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedSection</name>
    <message>
        <source>Planned work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedSummaryBox</name>
    <message>
        <source>Planned work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 14 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned spend (incidents):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Planned page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done tasks %s + renewals falling due %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due in the next 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 now? It will be hidden from lists until you tick Show archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesPanel</name>
    <message>
        <source>&amp;New site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, address, contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites match this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites yet.
Click “New site” to add your office&apos;s address and access notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access notes: the engineer will have to ask at reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is recorded at this site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportSection</name>
    <message>
        <source>Break-fix or a managed service?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Show these incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <source>&amp;New vendor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vendors match this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vendors yet.
Click “New vendor” to add the company you call when something breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise and rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-out fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No named contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents for this vendor in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arrivals recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat call-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vendor has not been called out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incident(s) on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorsSection</name>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vendor was called out for incidents opened in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorsTableModel</name>
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
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-out fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to FixDesk&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixDesk keeps the log of everything that breaks in your office: who you called, when they came, what it cost, and the paperwork for the engineer. Start with your office&apos;s name; everything else can wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Harbour Street Dental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on timeline entries and forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. ring the bell at the side door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. visitor bays behind the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. ask reception to unset zone 2</source>
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
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par&amp;king</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alar&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access, parking and alarm notes go on every call-out form for the engineer. Paper size, e-mail and the rest are in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample office can be replaced later by starting a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
