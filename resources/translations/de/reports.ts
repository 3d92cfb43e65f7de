<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AssetLabels</name>
    <message>
        <source>Avery L7163 (A4, 14 labels 99.1 x 38.1 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery 5160 (Letter, 30 labels 2 5/8 x 1 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{office} · Asset labels · {sheet} · printed {stamp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assets were chosen, so there are no labels to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetRegister</name>
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
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no assets on the register yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase costs in {currency}. Archived assets are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakFixReview</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents opened {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-fix review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (engineer later than promised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent on repairs ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of the downtime ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-fix total: spend + downtime ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor promises broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hourly cost of downtime is not set (Settings), so downtime is counted in hours but costs nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per month by kind ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by month the incident was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {currency} per person per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened to resolved, or to now while open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours of downtime, costing {amount} {currency} (people affected x hours x the hourly cost of downtime: {rate}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in {currency}.</source>
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
        <source>Median resp.</source>
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
        <source>1st-time fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response runs from the call-out to the engineer&apos;s arrival. First-time fix: resolved without waiting for parts and never reopened. A repeat call-out is an incident the vendor had to come back to after calling it resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in {currency}; repairs are over the asset&apos;s whole life, the rest over this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair or replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset is marked replace once its lifetime repair cost reaches {percent}% of its purchase cost, watch when it has a repeat fault (3 or more incidents within 90 days).</source>
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
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs, ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five assets that cost the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-fix or a managed service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind of equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed share: the managed quote split by the assets in use in each category, roughly what a contract for just those systems would cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and unplanned work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents were opened in this period: nothing was spent and nothing was down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalloutForm</name>
    <message>
        <source>Title</source>
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
        <source>Tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset name</source>
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
        <source>(shortened; full text in FixDesk under {ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALL-OUT FORM  ·  FORM REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within {hours} h of call-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As agreed with the vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor&apos;s job ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDER WARRANTY until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier: {supplier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check warranty cover before charging for parts or labour; claim warranty repairs from the manufacturer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(used by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset recorded for this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} - not to exceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None set - phone us first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by</source>
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
        <source>Minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please quote {ref} and PO {po} on your invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please quote {ref} on your invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work beyond the spend cap needs written approval from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work beyond the spend cap needs written approval from the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts used: description, part no. / serial, quantity, cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be completed by the engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer signature</source>
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
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
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
        <source>Notes</source>
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
        <source>Other phone</source>
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
        <source>On-site contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor support hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostsReport</name>
    <message>
        <source>(no vendor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per month ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by month the incident was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs for incidents opened {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents were opened in this period, so there are no costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend is the sum of each incident&apos;s cost lines; average response runs from call-out to the engineer on site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentLog</name>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents opened {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents were opened in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs in {currency}. Response: call-out to engineer on site; resolution: opened to resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentSummary</name>
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
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
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
        <source>Cause found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
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
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedChecklist</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset / vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give notice by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned work is due in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranties ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned work done (actual costs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals falling due, not yet renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned spend (incidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned share of all spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}: planned (proactive) against unplanned (break-fix) spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 14 days ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommon</name>
    <message>
        <source>Printed {stamp} by FixDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-out form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days ahead must be between 0 and 3650, not {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired or ending within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label layout {layout} is not one of: {layouts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no asset with tag {tags}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned work checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-fix review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF fonts are missing: {file} was not found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text of shortened entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarrantyReport</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends within {last} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends in {first}-{last} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranties expired or ending within {days} days (as of {today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warranty has expired or ends within {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
