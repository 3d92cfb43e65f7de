<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AssetLabels</name>
    <message>
        <source>Avery L7163 (A4, 14 labels 99.1 x 38.1 mm)</source>
        <translation>Avery L7163 (A4, 14 Etiketten 99,1 x 38,1 mm)</translation>
    </message>
    <message>
        <source>Avery 5160 (Letter, 30 labels 2 5/8 x 1 in)</source>
        <translation>Avery 5160 (Letter, 30 Etiketten 2 5/8 x 1 Zoll)</translation>
    </message>
    <message>
        <source>{office} · Asset labels · {sheet} · printed {stamp}</source>
        <translation>{office} · Geräteetiketten · {sheet} · gedruckt am {stamp}</translation>
    </message>
    <message>
        <source>No assets were chosen, so there are no labels to print.</source>
        <translation>Es wurden keine Geräte ausgewählt, daher gibt es keine Etiketten zu drucken.</translation>
    </message>
</context>
<context>
    <name>AssetRegister</name>
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
        <translation>Seriennr.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>Garantieende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>Geräteverzeichnis</translation>
    </message>
    <message>
        <source>There are no assets on the register yet.</source>
        <translation>Im Verzeichnis sind noch keine Geräte.</translation>
    </message>
    <message>
        <source>{count} asset</source>
        <translation>{count} Gerät</translation>
    </message>
    <message>
        <source>{count} assets</source>
        <translation>{count} Geräte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Purchase costs in {currency}. Archived assets are not listed.</source>
        <translation>Anschaffungskosten in {currency}. Archivierte Geräte sind nicht aufgeführt.</translation>
    </message>
</context>
<context>
    <name>BreakFixReview</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>Incidents opened {period}</source>
        <translation>Eröffnete Störungen: {period}</translation>
    </message>
    <message>
        <source>Break-fix review</source>
        <translation>Break-Fix-Auswertung</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Eröffnete Störungen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Overdue (engineer later than promised)</source>
        <translation>Überfällig (Techniker später als zugesagt)</translation>
    </message>
    <message>
        <source>Spent on repairs ({currency})</source>
        <translation>Reparaturausgaben ({currency})</translation>
    </message>
    <message>
        <source>Hours of downtime</source>
        <translation>Stunden Ausfallzeit</translation>
    </message>
    <message>
        <source>Cost of the downtime ({currency})</source>
        <translation>Kosten der Ausfallzeit ({currency})</translation>
    </message>
    <message>
        <source>Break-fix total: spend + downtime ({currency})</source>
        <translation>Break-Fix gesamt: Ausgaben + Ausfallzeit ({currency})</translation>
    </message>
    <message>
        <source>Vendor promises broken</source>
        <translation>Gebrochene Zusagen der Dienstleister</translation>
    </message>
    <message>
        <source>Assets to replace</source>
        <translation>Zu ersetzende Geräte</translation>
    </message>
    <message>
        <source>The hourly cost of downtime is not set (Settings), so downtime is counted in hours but costs nothing here.</source>
        <translation>Die Kosten einer Ausfallstunde sind nicht festgelegt (Einstellungen): Ausfallzeit wird in Stunden gezählt, kostet hier aber nichts.</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Spend per month by kind ({currency})</source>
        <translation>Ausgaben pro Monat nach Art ({currency})</translation>
    </message>
    <message>
        <source>by month the incident was opened</source>
        <translation>nach Eröffnungsmonat der Störung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Spend ({currency})</source>
        <translation>Ausgaben ({currency})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>{amount} {currency} per person per hour</source>
        <translation>{amount} {currency} pro Person und Stunde</translation>
    </message>
    <message>
        <source>Downtime hours per month</source>
        <translation>Ausfallstunden pro Monat</translation>
    </message>
    <message>
        <source>opened to resolved, or to now while open</source>
        <translation>von Eröffnung bis Behebung, bei offenen bis jetzt</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>{hours} hours of downtime, costing {amount} {currency} (people affected x hours x the hourly cost of downtime: {rate}).</source>
        <translation>{hours} Stunden Ausfallzeit, Kosten {amount} {currency} (betroffene Personen x Stunden x Kosten einer Ausfallstunde: {rate}).</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Vendor scorecards</source>
        <translation>Bewertung der Dienstleister</translation>
    </message>
    <message>
        <source>Amounts in {currency}.</source>
        <translation>Beträge in {currency}.</translation>
    </message>
    <message>
        <source>No vendor was called out for incidents opened in this period.</source>
        <translation>Für die in diesem Zeitraum eröffneten Störungen wurde kein Dienstleister angefordert.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Call-outs</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <source>Median resp.</source>
        <translation>Median Reakt.</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>1st-time fix</source>
        <translation>Beim 1. Mal</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Erneut</translation>
    </message>
    <message>
        <source>Response runs from the call-out to the engineer&apos;s arrival. First-time fix: resolved without waiting for parts and never reopened. A repeat call-out is an incident the vendor had to come back to after calling it resolved.</source>
        <translation>Die Reaktionszeit läuft von der Anforderung bis zum Eintreffen des Technikers. Beim ersten Mal behoben: ohne Warten auf Teile behoben und nie wieder geöffnet. Ein wiederholter Einsatz ist eine Störung, zu der der Dienstleister zurückkommen musste, nachdem er sie als behoben gemeldet hatte.</translation>
    </message>
    <message>
        <source>Amounts in {currency}; repairs are over the asset&apos;s whole life, the rest over this period.</source>
        <translation>Beträge in {currency}; Reparaturen über die gesamte Lebensdauer des Geräts, alles andere über diesen Zeitraum.</translation>
    </message>
    <message>
        <source>Repair or replace</source>
        <translation>Reparieren oder ersetzen</translation>
    </message>
    <message>
        <source>An asset is marked replace once its lifetime repair cost reaches {percent}% of its purchase cost, watch when it has a repeat fault (3 or more incidents within 90 days).</source>
        <translation>Ein Gerät wird mit „Ersetzen“ markiert, sobald seine Reparaturkosten über die Lebensdauer {percent}% des Kaufpreises erreichen, mit „Beobachten“, wenn ein Fehler wiederkehrt (3 oder mehr Störungen innerhalb von 90 Tagen).</translation>
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
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Repairs, ever</source>
        <translation>Reparaturen gesamt</translation>
    </message>
    <message>
        <source>Bought for</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <source>Down (h)</source>
        <translation>Ausfall (h)</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empf.</translation>
    </message>
    <message>
        <source>Assets to watch</source>
        <translation>Zu beobachtende Geräte</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>The five assets that cost the most</source>
        <translation>Die fünf teuersten Geräte</translation>
    </message>
    <message>
        <source>Downtime cost</source>
        <translation>Ausfallkosten</translation>
    </message>
    <message>
        <source>Break-fix or a managed service?</source>
        <translation>Break-Fix oder Managed Service?</translation>
    </message>
    <message>
        <source>By kind of equipment</source>
        <translation>Nach Geräteart</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Break-fix</source>
        <translation>Break-Fix</translation>
    </message>
    <message>
        <source>Managed share</source>
        <translation>Anteil Managed</translation>
    </message>
    <message>
        <source>Managed share: the managed quote split by the assets in use in each category, roughly what a contract for just those systems would cost.</source>
        <translation>Anteil Managed: das Managed-Service-Angebot, aufgeteilt nach den genutzten Geräten jeder Kategorie – ungefähr, was ein Vertrag nur für diese Systeme kosten würde.</translation>
    </message>
    <message>
        <source>Planned and unplanned work</source>
        <translation>Geplante und ungeplante Arbeiten</translation>
    </message>
    <message>
        <source>No incidents were opened in this period: nothing was spent and nothing was down.</source>
        <translation>In diesem Zeitraum wurden keine Störungen eröffnet: Es gab weder Ausgaben noch Ausfälle.</translation>
    </message>
</context>
<context>
    <name>CalloutForm</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Error messages</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Bereits versucht</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Inventarnr.</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>Gerätename</translation>
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
        <source>(shortened; full text in FixDesk under {ref})</source>
        <translation>(gekürzt; vollständiger Text in FixDesk unter {ref})</translation>
    </message>
    <message>
        <source>CALL-OUT FORM  ·  FORM REF</source>
        <translation>EINSATZAUFTRAG  ·  AUFTRAGSNR.</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>By {when}</source>
        <translation>Bis {when}</translation>
    </message>
    <message>
        <source>Within {hours} h of call-out</source>
        <translation>Innerhalb von {hours} h nach Anforderung</translation>
    </message>
    <message>
        <source>As agreed with the vendor</source>
        <translation>Wie mit dem Dienstleister vereinbart</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when} von {name}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Response required</source>
        <translation>Reaktion fällig</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Vendor&apos;s job ref</source>
        <translation>Auftragsnr. des Dienstleisters</translation>
    </message>
    <message>
        <source>Vendor phone</source>
        <translation>Tel. Dienstleister</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>UNDER WARRANTY until {date}.</source>
        <translation>GARANTIE bis {date}.</translation>
    </message>
    <message>
        <source>Supplier: {supplier}.</source>
        <translation>Lieferant: {supplier}.</translation>
    </message>
    <message>
        <source>Check warranty cover before charging for parts or labour; claim warranty repairs from the manufacturer.</source>
        <translation>Vor der Berechnung von Material oder Arbeitszeit bitte die Garantie prüfen; Garantiereparaturen beim Hersteller geltend machen.</translation>
    </message>
    <message>
        <source>Parking: {notes}</source>
        <translation>Parken: {notes}</translation>
    </message>
    <message>
        <source>Alarm: {notes}</source>
        <translation>Alarmanlage: {notes}</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>(used by {name})</source>
        <translation>(genutzt von {name})</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation>Hersteller / Modell</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>No asset recorded for this incident</source>
        <translation>Für diese Störung ist kein Gerät erfasst</translation>
    </message>
    <message>
        <source>{count} user</source>
        <translation>{count} Nutzer</translation>
    </message>
    <message>
        <source>{count} users</source>
        <translation>{count} Nutzer</translation>
    </message>
    <message>
        <source>Already tried</source>
        <translation>Bereits versucht</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <source>Fault reported</source>
        <translation>Gemeldeter Fehler</translation>
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
        <source>{amount} - not to exceed</source>
        <translation>{amount} – höchstens</translation>
    </message>
    <message>
        <source>None set - phone us first</source>
        <translation>Keine festgelegt – bitte vorher anrufen</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Freigegeben von</translation>
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
        <source>Please quote {ref} and PO {po} on your invoice.</source>
        <translation>Bitte geben Sie {ref} und die Bestellnummer {po} auf Ihrer Rechnung an.</translation>
    </message>
    <message>
        <source>Please quote {ref} on your invoice.</source>
        <translation>Bitte geben Sie {ref} auf Ihrer Rechnung an.</translation>
    </message>
    <message>
        <source>Work beyond the spend cap needs written approval from {name}.</source>
        <translation>Arbeiten über die Kostenobergrenze hinaus bedürfen der schriftlichen Freigabe durch {name}.</translation>
    </message>
    <message>
        <source>Work beyond the spend cap needs written approval from the office.</source>
        <translation>Arbeiten über die Kostenobergrenze hinaus bedürfen der schriftlichen Freigabe durch das Büro.</translation>
    </message>
    <message>
        <source>Commercial terms</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <source>Date of visit</source>
        <translation>Einsatzdatum</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Return visit needed</source>
        <translation>Weiterer Einsatz nötig</translation>
    </message>
    <message>
        <source>Cause found</source>
        <translation>Festgestellte Ursache</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Durchgeführte Arbeiten</translation>
    </message>
    <message>
        <source>Parts used: description, part no. / serial, quantity, cost</source>
        <translation>Verwendetes Material: Beschreibung, Teilenr. / Seriennr., Menge, Kosten</translation>
    </message>
    <message>
        <source>To be completed by the engineer</source>
        <translation>Vom Techniker auszufüllen</translation>
    </message>
    <message>
        <source>Engineer name</source>
        <translation>Name Techniker</translation>
    </message>
    <message>
        <source>Engineer signature</source>
        <translation>Unterschrift Techniker</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name Kunde</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Unterschrift Kunde</translation>
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
        <source>Tag</source>
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
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Aufstellort</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
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
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>On-site contact</source>
        <translation>Kontakt vor Ort</translation>
    </message>
    <message>
        <source>On-site contact phone</source>
        <translation>Telefon Kontakt vor Ort</translation>
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
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Portal user</source>
        <translation>Portal-Benutzer</translation>
    </message>
    <message>
        <source>Our account no.</source>
        <translation>Unsere Kundennr.</translation>
    </message>
    <message>
        <source>Vendor support hours</source>
        <translation>Supportzeiten Dienstleister</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
</context>
<context>
    <name>CostsReport</name>
    <message>
        <source>(no vendor)</source>
        <translation>(kein Dienstleister)</translation>
    </message>
    <message>
        <source>Spend per month ({currency})</source>
        <translation>Ausgaben pro Monat ({currency})</translation>
    </message>
    <message>
        <source>by month the incident was opened</source>
        <translation>nach Eröffnungsmonat der Störung</translation>
    </message>
    <message>
        <source>Costs for incidents opened {period}</source>
        <translation>Kosten der Störungen, eröffnet: {period}</translation>
    </message>
    <message>
        <source>No incidents were opened in this period, so there are no costs.</source>
        <translation>In diesem Zeitraum wurden keine Störungen eröffnet, daher gibt es keine Kosten.</translation>
    </message>
    <message>
        <source>Spend ({currency})</source>
        <translation>Ausgaben ({currency})</translation>
    </message>
    <message>
        <source>Spend per vendor</source>
        <translation>Ausgaben pro Dienstleister</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Labour hours</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <source>Avg response</source>
        <translation>Ø Reaktion</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>Ausgaben pro Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Spend is the sum of each incident&apos;s cost lines; average response runs from call-out to the engineer on site.</source>
        <translation>Ausgaben sind die Summe der Kostenpositionen jeder Störung; die durchschnittliche Reaktionszeit läuft von der Anforderung bis zum Techniker vor Ort.</translation>
    </message>
</context>
<context>
    <name>IncidentLog</name>
    <message>
        <source>Ref</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Incidents opened {period}</source>
        <translation>Eröffnete Störungen: {period}</translation>
    </message>
    <message>
        <source>No incidents were opened in this period.</source>
        <translation>In diesem Zeitraum wurden keine Störungen eröffnet.</translation>
    </message>
    <message>
        <source>{count} incident</source>
        <translation>{count} Störung</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>{count} Störungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Costs in {currency}. Response: call-out to engineer on site; resolution: opened to resolved.</source>
        <translation>Kosten in {currency}. Reaktion: Anforderung bis Techniker vor Ort; Lösung: Eröffnung bis Behebung.</translation>
    </message>
</context>
<context>
    <name>IncidentSummary</name>
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
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
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
        <source>Cause found</source>
        <translation>Festgestellte Ursache</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
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
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Amounts in {currency}.</source>
        <translation>Beträge in {currency}.</translation>
    </message>
</context>
<context>
    <name>PlannedChecklist</name>
    <message>
        <source>Done</source>
        <translation>Erl.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Asset / vendor</source>
        <translation>Gerät / Dienstleister</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
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
        <source>Actual cost</source>
        <translation>Tatsächl. Kosten</translation>
    </message>
    <message>
        <source>give notice by {date}</source>
        <translation>kündigen bis {date}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>No planned work is due in this period.</source>
        <translation>In diesem Zeitraum sind keine geplanten Arbeiten fällig.</translation>
    </message>
    <message>
        <source>Warranties ending</source>
        <translation>Ablaufende Garantien</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation>Betreut von</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Planned work done (actual costs)</source>
        <translation>Erledigte geplante Arbeiten (tatsächliche Kosten)</translation>
    </message>
    <message>
        <source>Renewals falling due, not yet renewed</source>
        <translation>Fällige, noch nicht erneuerte Verlängerungen</translation>
    </message>
    <message>
        <source>Planned spend</source>
        <translation>Geplante Ausgaben</translation>
    </message>
    <message>
        <source>Unplanned spend (incidents)</source>
        <translation>Ungeplante Ausgaben (Störungen)</translation>
    </message>
    <message>
        <source>Planned share of all spend</source>
        <translation>Geplanter Anteil aller Ausgaben</translation>
    </message>
    <message>
        <source>Planned work</source>
        <translation>Geplante Arbeiten</translation>
    </message>
    <message>
        <source>{start} to {end}: planned (proactive) against unplanned (break-fix) spend.</source>
        <translation>{start} bis {end}: geplante (vorbeugende) gegenüber ungeplanten (Break-Fix-)Ausgaben.</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>Überfällig ({count})</translation>
    </message>
    <message>
        <source>Due in the next 14 days ({count})</source>
        <translation>Fällig in den nächsten 14 Tagen ({count})</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
</context>
<context>
    <name>ReportCommon</name>
    <message>
        <source>Printed {stamp} by FixDesk</source>
        <translation>Gedruckt am {stamp} mit FixDesk</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>ab {start}</translation>
    </message>
    <message>
        <source>up to {end}</source>
        <translation>bis {end}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>Das Enddatum {end} liegt vor dem Startdatum {start}.</translation>
    </message>
    <message>
        <source>Call-out form</source>
        <translation>Einsatzauftrag</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Störungsbericht</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>Störungsprotokoll</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>Geräteverzeichnis</translation>
    </message>
    <message>
        <source>Days ahead must be between 0 and 3650, not {days}.</source>
        <translation>Die Tage im Voraus müssen zwischen 0 und 3650 liegen, nicht {days}.</translation>
    </message>
    <message>
        <source>Warranty report</source>
        <translation>Garantiebericht</translation>
    </message>
    <message>
        <source>expired or ending within {days} days</source>
        <translation>abgelaufen oder endet innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <source>Costs report</source>
        <translation>Kostenbericht</translation>
    </message>
    <message>
        <source>Label layout {layout} is not one of: {layouts}.</source>
        <translation>Das Etikettenformat {layout} ist keines von: {layouts}.</translation>
    </message>
    <message>
        <source>There is no asset with tag {tags}.</source>
        <translation>Es gibt kein Gerät mit der Inventarnummer {tags}.</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>Geräteetiketten</translation>
    </message>
    <message>
        <source>Planned work checklist</source>
        <translation>Checkliste geplante Arbeiten</translation>
    </message>
    <message>
        <source>Break-fix review</source>
        <translation>Break-Fix-Auswertung</translation>
    </message>
    <message>
        <source>The PDF fonts are missing: {file} was not found in {folder}.</source>
        <translation>Die PDF-Schriften fehlen: {file} wurde in {folder} nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: it is a folder.</source>
        <translation>Das PDF kann nicht unter {path} gespeichert werden: Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: {reason}.</source>
        <translation>Das PDF kann nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Full text of shortened entries</source>
        <translation>Vollständiger Text gekürzter Einträge</translation>
    </message>
</context>
<context>
    <name>WarrantyReport</name>
    <message>
        <source>Tag</source>
        <translation>Inventarnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation>Hersteller / Modell</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>Garantieende</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Ends within {last} days</source>
        <translation>Endet innerhalb von {last} Tagen</translation>
    </message>
    <message>
        <source>Ends in {first}-{last} days</source>
        <translation>Endet in {first}–{last} Tagen</translation>
    </message>
    <message>
        <source>Warranties expired or ending within {days} days (as of {today})</source>
        <translation>Garantien abgelaufen oder endend innerhalb von {days} Tagen (Stand {today})</translation>
    </message>
    <message>
        <source>No warranty has expired or ends within {days} days.</source>
        <translation>Keine Garantie ist abgelaufen oder endet innerhalb von {days} Tagen.</translation>
    </message>
    <message>
        <source>{days} ago</source>
        <translation>seit {days} T.</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>noch {days} T.</translation>
    </message>
</context>
</TS>
