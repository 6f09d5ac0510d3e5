"""The analyser on real metric names nobody here wrote.

Three sets: tests/corpus/metrics/*.yaml, the development set the lexicon was
tuned on; tests/corpus/heldout/*.yaml and tests/corpus/heldout2/*.yaml,
gathered later from other sources and labelled by someone who did not read the
analyser or the lexicon. A held-out set measures how the analyser generalises
the first time it is read; once its errors have been looked at it becomes
development data too (heldout2 was measured blind at 63-86% per fact on its
last 93 names, then used). A new, unread set is the only honest measure:
heldout3 was read blind at 77-84% per fact, and only its dangerous readings
(and the owner-department reading of services to staff) were looked at after.

Each name is taken verbatim from a cited public source and labelled with the
facts of spec/rules.md (the files say how). Two things are held:

- no dangerous error beyond the ones listed below, each reviewed: an employee
  or other non-experience measure read as customer experience, or a non-cost
  read as a cost. Those are what make a report wrong at the top;
- accuracy per fact never falls below what it is today (a ratchet: raise the
  floors when the analyser improves). Issue 11 asks for 95%; the floors say
  honestly where we are: 86-90 on the development set, 77-88 on the first
  held-out set, 68-85 on the second.

Run ``python -m pytest tests/test_corpus.py -q -rA`` to see the figures.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from goalcheck.metricname import builtin

CORPORA = Path(__file__).resolve().parent / "corpus"
SETS = ("metrics", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
        "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout15", "heldout16",
        "heldout17", "heldout18", "heldout19", "heldout21")
FACTS = ("kind", "experience", "access", "better", "cross_functional")
# the accuracy measured on each set when these floors were set (percent); lowered only for a trade
# that takes away dangerous readings (goods kept on time with no one named to receive them: experience
# unknown, not true; 14 dangerous readings gone, 7 right ones now unknown; complaints closed counted
# as work done: heldout13's ombudsman counting firms' closures lost; a timely response as access,
# heldout13's access 93.0 -> 92.5; how well a delivery, a site or a network works kept unknown,
# heldout8's experience 86.5 -> 86.0; a rating of satisfaction read as satisfaction, company-wide, +8 and
# two bare ones labelled per-ticket lost: heldout's and heldout3's cross-functional 97.0 -> 96.5; things put in
# and counted read as output, a dangerous reading of heldout2's digital interactions gone and its kind with
# it, 88.0 -> 87.5), said in the commits
FLOORS = {
    "metrics": {"kind": 90.5, "experience": 93.0, "access": 96.0, "better": 94.0, "cross_functional": 96.5},
    "heldout": {"kind": 90.5, "experience": 89.0, "access": 94.5, "better": 91.0, "cross_functional": 96.5},
    "heldout2": {"kind": 87.5, "experience": 84.0, "access": 93.0, "better": 89.0, "cross_functional": 96.5},
    "heldout3": {"kind": 91.5, "experience": 89.0, "access": 94.5, "better": 92.5, "cross_functional": 96.5},
    "heldout4": {"kind": 91.0, "experience": 84.0, "access": 97.0, "better": 93.0, "cross_functional": 95.0},
    "heldout5": {"kind": 91.0, "experience": 89.0, "access": 96.0, "better": 89.0, "cross_functional": 98.0},
    "heldout6": {"kind": 89.5, "experience": 84.0, "access": 94.5, "better": 84.5, "cross_functional": 97.0},
    "heldout7": {"kind": 87.5, "experience": 88.0, "access": 97.0, "better": 84.5, "cross_functional": 96.5},
    "heldout8": {"kind": 88.5, "experience": 86.0, "access": 97.5, "better": 86.5, "cross_functional": 96.5},
    "heldout9": {"kind": 85.0, "experience": 85.0, "access": 94.5, "better": 85.0, "cross_functional": 97.0},
    "heldout10": {"kind": 89.0, "experience": 83.5, "access": 97.5, "better": 87.5, "cross_functional": 97.5},
    "heldout11": {"kind": 87.5, "experience": 89.0, "access": 95.0, "better": 84.5, "cross_functional": 97.0},
    "heldout12": {"kind": 87.5, "experience": 74.0, "access": 93.0, "better": 77.5, "cross_functional": 95.5},
    "heldout13": {"kind": 86.0, "experience": 79.5, "access": 92.5, "better": 80.0, "cross_functional": 96.0},
    "heldout15": {"kind": 77.0, "experience": 78.5, "access": 96.0, "better": 87.5, "cross_functional": 96.5},
    "heldout16": {"kind": 83.5, "experience": 80.0, "access": 94.0, "better": 85.5, "cross_functional": 97.5},
    "heldout17": {"kind": 76.0, "experience": 85.0, "access": 94.5, "better": 78.5, "cross_functional": 98.0},
    "heldout18": {"kind": 83.0, "experience": 87.5, "access": 94.5, "better": 85.0, "cross_functional": 93.5},
    "heldout19": {"kind": 82.0, "experience": 84.5, "access": 94.5, "better": 81.0, "cross_functional": 96.0},
    "heldout21": {"kind": 85.5, "experience": 84.0, "access": 96.5, "better": 82.5, "cross_functional": 94.5},
}

# dangerous readings reviewed by hand: (what was read, name) -> why it stands for now
REVIEWED_HELDOUT = {
    ("cost", "Overtime Percentage"): "label: outcome; overtime is staff time spent, a cost by rules.md, as four "
        "other overtime and agency-spend names are labelled",
    ("cost", "Community safety contacts"): "contacts the fire service makes, read as contacts it receives",
    ("experience", "Order Cancellation Rate"): "orders cancelled read as a service failure; label says not",
    ("experience", "Retention rate"): "an HR list's employee retention: the bare name cannot tell",
    ("experience", "The percentage of land that falls below cleanliness standards for litter"):
        "'cleanliness' read as a survey heading (HCAHPS)",
    ("experience", "Repeat Calls Concentration %"): "repeat calls from one address read as repeat contacts",
}
# the second held-out set (gathered this session; measured blind first, then used for development:
# see the commit that added it here)
REVIEWED_HELDOUT2 = {
    ("cost", "Number of Calls per Subscriber"): "a telecom's usage read as contacts per customer (demand)",
    ("cost", "Average Call Duration"): "subscribers' call length read as handle time",
    ("experience", "Mileage before losses due to traffic delays"): "a bus operator's lost mileage read as delays felt",
    ("experience", "Call Drop Rate (%)"): "label: network quality is not experience; dropped calls are felt by callers",
    ("experience", "% of SMS/MMS Delivery Failures"): "as Call Drop Rate",
    ("cost", "Hours Open"): "opening hours read as support hours (a staffing cost, access); label: an outcome",
    ("experience", "Lapsed Donor Reactivation Rate"): "donors are customers here; label: not experience",
    ("cost", "Payroll variance vs last month"): "payroll read as a staffing cost; label: an outcome",
    ("cost", "Help Requested"): "agents asking for help read as customers' requests for help",
}
# the third held-out set, read blind at 01a5a4d (kind 78.4, experience 76.6, access 81.4, better
# 77.2, cross 83.6, 23 dangerous; the analyser of 7b6f894, this session's start, scored 77.0 /
# 75.5 / 80.7 / 75.7 / 82.5 with 23): its dangerous readings, reviewed after that measurement
REVIEWED_HELDOUT3 = {
    ("experience", "Failed appointments (and unused time)"): "patients who miss appointments read as missed appointments",
    ("experience", "Same-Day Collection Rate"): "a same-day promise read as the customer's; label: a seller's collection",
    ("cost", "Service Hours Provided"): "hours of service offered read as staffed hours (access, cost); label: output",
    ("experience", "Dispatch SLA breach rate"): "label: a seller's dispatch is not experience (as the development set)",
    ("experience", "Dispatch breaches"): "as Dispatch SLA breach rate",
    ("experience", "Orders not dispatched within configured SLA days"): "as Dispatch SLA breach rate",
    ("experience", "Abandonment Rates"): "an online shop's cart abandonment read as a queue's abandonment",
    ("experience", "Council and committee agendas (%) are made available to the public within statutory timeframes "
                   "(2 working days prior to the meeting)"): "a statutory timescale read as a service promise",
    ("experience", "Mana whenua satisfaction with their relationship with Wellington City Council"):
        "partners (mana whenua) read as customers: the partner class does not know them",
    ("experience", "Mean Time to Acknowledge (MTTA)"): "label: an IT operations time, not experience",
    ("experience", "termination on time"): "a promise in time read as the customer's",
    ("experience", "change job processing time"): "processing time read as a customer's wait; label: IT change work",
    ("experience", "On Time Arrival - Updated ETA"): "label: a tracking measure, not experience",
}
# heldout4 was read blind first (tests/corpus/README.md has the figures); only its dangerous readings
# were looked at after, and the classes found there were fixed; these remain
GOODS = ("goods on time or late: this labeller calls a seller's, carrier's, supplier's or mail room's punctuality "
         "no experience, the development sets' labellers mostly call it experience; unknown was tried and fired three "
         "false alarms on tests/unseen/parcelpoint-logistics")
PARTNER = "a driver's, seller's or restaurant's own rating, cancellations or punctuality: the name does not say whose"
FAULTS = "network faults and dropped calls read as service failures; labellers split on them across the sets"
REVIEWED_HELDOUT4 = {
    ('experience', "Percentage of post-discharge community care within 7 days following discharge from acute specialised mental health inpatient services"): "follow-up care within 7 days read as a promise kept to the patient; label: a clinical process measure",
    ('experience', "Cancel Rate"): PARTNER,
    ('experience', "Delayed shipments"): GOODS,
    ('experience', "Orders prepared late"): PARTNER,
    ('experience', "Order Preparation Delays"): PARTNER,
    ('experience', "Order Accuracy Issues"): PARTNER,
    ('experience', "On-Time Percentage"): PARTNER,
    ('experience', "Reliability Percentage"): PARTNER,
    ('experience', "Contraction ARR"): "contraction read as churn; label: downgrades by customers who stay are revenue, not experience",
    ('cost', "Messages per Ticket"): "label: no demand to serve; LABELS.md counts escalations raised (and goalcheck messages) as demand",
    ('experience', "On-Time Activation of PICs for Alternate Providers of Long Distance Service (APLDS)"): "an activation for a rival carrier read as one for a customer",
    ('experience', "% installations faulty within 30 days of installation"): FAULTS,
    # an appointment made with a customer and met is a promise kept to them ("appointments kept");
    # the same three names in heldout15 are labelled experience by both of its labellers
    ('experience', "Installation Appointments Met"): "an appointment met read as a promise kept to the customer; label: no experience",
    ('experience', "Repair Appointments Met"): "an appointment met read as a promise kept to the customer; label: no experience",
    ('experience', "Maintenance Appointment Met"): "an appointment met read as a promise kept to the customer; label: no experience",
    ('experience', "Dropped Call Rate (DCR)"): FAULTS,
    ('cost', "escalation rate"): "label: no demand to serve; LABELS.md counts escalations raised (and goalcheck messages) as demand",
    ('experience', "Abandonment Rate"): "a bank's onboarding funnel (the source's topic) read as queue abandonment: the name alone cannot tell",
    ('cost', "Single Tech on Ticket"): "one technician per ticket read as tickets received",
    ('experience', "Downtime Average"): "an asset's downtime or a queue of problems, with no asset or internal word in the name",
    ('experience', "Problem queue rate"): "an asset's downtime or a queue of problems, with no asset or internal word in the name",
    ('experience', "Perfect Order Rate"): GOODS,
    ('experience', "Average delay per late delivery"): GOODS,
    ('experience', "Percent of accountable mail delivered on time"): GOODS,
    ('cost', "Proportion of staff costs"): "label: overhead money is no cost to serve; goalcheck reads staff cost as staffing, a cost by rules.md",
}
# heldout5 was read blind at the end of the session that gathered it (tests/corpus/README.md);
# then only its dangerous readings were looked at; these remain
REVIEWED_HELDOUT5 = {
    ("cost", "Full-Time Equivalency (FTE)"): "label: a count of staff is no cost; rules.md counts headcount as one",
    ("experience", "Feedback Frequency"): "how often feedback is given read as the feedback itself",
    ("experience", "Combined Wage Claims - Wage Transfer Time Lapse"): "a wage transfer between states read as a "
        "call transfer on a claim",
    ("experience", "Case and Procedural Error Rates (CAPER)"): "a benefits office's casework errors read as a "
        "service failure the claimant feels; label: an accuracy audit",
    ("cost", "The proportion of services with waivers for the staffing arrangements or physical environment "
             "standards, including the number of those services by socio-economic or regional locations"):
        "a regulator's count of waivers from staffing standards read as staffing",
    ("experience", "The proportion of parents who indicate that they know their service's rating and understand "
                   "its meaning"): "parents' knowledge of a rating read as their rating",
}
REVIEWED_HELDOUT6 = {  # looked at after heldout6 was measured blind (tests/corpus/README.md)
    ('cost', 'Contact Rate'):
        "read as name reads 'contact rate'; label: label outcome share of leads the sales team reaches: not the customer contact rate (demand) of a service desk",
    ('experience', 'Total cancellations'):
        "read as name reads 'cancellation'; label: reservations cancelled on a shift: booking volume lost, not a relationship churn (hard)",
    ('cost', 'Deflection rate'):
        "read as name reads 'deflection'; label: label outcome contacts resolved without a human agent: the business's efficiency lever, not what customers feel",
    ('cost', 'GST/HST rulings and interpretations – written enquiries'):
        "read as name reads 'enquiry'; label: label outcome |",
    ('experience', 'Percentage of systemic issues identified and investigated within three months.'):
        "read as name reads 'within' with 'month'; label: |",
    ('experience', 'Time taken to complete systemic reports approved/requested by the Minister.'):
        "read as name reads 'time take' with 'request'; label: reports to the Minister: an internal service SLA",
    ('experience', '90 per cent of administrative investigations are finalised within five business days'):
        "read as name reads 'within' with 'day'; label: fraud investigations: internal",
    ('experience', 'Processing time (start to add)'):
        "read as name reads 'process time'; label: call-taker's time to process and complete a call, for the unit's efficiency: like handle time (hard: the budget book's call-processing standard is read as the caller's wait)",
    ('experience', 'Time to issue billings to customers'):
        'read as name reads \'time to issue\'; label: "customers" in the name, but it is a step of the books close (cash collection), not a service customers wait for (near-miss)',
    ('cost', 'Phone calls'):
        "read as name reads 'call'; label: label activity outbound calls a recruiter makes: effort per person, not calls received (near-miss of call volume)",
    ('experience', 'Occupant Satisfaction Survey'):
        "read as name reads 'satisfaction'; label: the occupants of the facility are the employees the General Services Team serves: staff, not customers (near-miss)",
    ('experience', 'Work Order Response Times'):
        "read as name reads 'response time'; label: maintenance requests from the building's occupants and staff: an internal service SLA (near-miss of response time)",
    ('experience', 'Breakdown (Urgent) Response Times'):
        "read as name reads 'response time'; label: as Work Order Response Times",
    ('experience', 'The average time to complete the work orders (in days)'):
        "read as name reads 'time to complete' with 'order'; label: internal maintenance service",
    ('cost', 'ED mean admission rate'):
        "read as name reads 'admission'; label: label outcome case mix of the ED, no good direction",
    ('experience', 'Order Verification Turnaround Time'):
        "read as name reads 'turnaround time'; label: pharmacists verifying clinicians' medication orders: an internal turnaround; patients feel it only through the ward (debatable)",
    ('experience', 'Inventory Stockout Rate'):
        "read as name reads 'stockout'; label: items out of stock with demand; an inventory measure, not a customer wait",
    ('experience', 'error-to-medication order ratios'):
        "read as name reads 'error' with 'order'",
}
REVIEWED_HELDOUT7 = {  # looked at after heldout7 was measured blind (tests/corpus/README.md)
    ('experience', 'Percentage of shifts worked at critical compliment'):
        "read as name reads 'compliment'; label: spelled so in the source: shifts staffed only at the bare minimum; staffing of officers, not of a customer-facing team (hard)",
    ('experience', 'complaints and requests for help'):
        "read as name reads 'complaint'; label: nuisance complaints about neighbours are requests for service (demand), not complaints about the council (hard)",
    ('experience', 'Number of complaints received per year'):
        "read as name reads 'complaint'; label: public complaints about food establishments are requests for inspection (demand), not complaints about the agency (hard)",
    ('experience', 'Average time to resolve maintenance requests'):
        "read as name reads 'time to resolve'; label: maintenance work orders: an internal service time, not a citizen's request (hard)",
    ('experience', 'Provide you with 24/7 online access to report repairs and request other services.'):
        "read as name reads 'access to' with 'service'; label: hours and channels offered",
    ('experience', 'Patient Retention Rate'):
        "read as name reads 'retention' of 'patient'; label: trial participants kept to study end, a data-completeness measure for the sponsor; participants are research subjects, not customers buying a service (hard: reads like customer retention)",
    ('cost', 'Database Query Rate'):
        "read as name reads 'query'; label: label outcome data queries raised against site entries: data errors, not customer contacts",
    ('cost', 'Employee worktime (avoid overtime)'):
        "read as name reads 'overtime'; label: label outcome actual worktime against contract, target 100%: staff measure; neither more nor less is the good direction",
    ('experience', 'logistical response time for returned parts processing'):
        "read as name reads 'response time'; label: an internal logistics turnaround of an agency's own fleet",
    ('experience', 'error resolution cycle time'):
        "read as name reads 'cycle time' with 'resolution'; label: time to fix employees' pay errors: looks like time to resolution but the people served are staff",
}
REVIEWED_HELDOUT8 = {  # looked at after heldout8 was measured blind (tests/corpus/README.md)
    ('experience', 'MTTR (Mean Time To Repair)'):
        "a network operator's repair time read as time to resolution; label: not experience",
    ('experience', 'Remote resolution rate (%)'):
        "faults fixed remotely read as a resolution rate; label: an operator's outcome",
    ('experience', 'Cloud connectivity rate'):
        "chargers online read as the customer's connectivity; label: a product reliability figure",
    ('cost', 'Staffing Consistency Rate'):
        'staffing read as a staffing level; label: continuity of the team assigned',
    ('experience', 'On-time start rate'):
        'guards starting shifts on time read as on-time service',
    ('experience', 'Client follow-up closure'):
        "a security firm's follow-ups with its client read as case closure",
    ('experience', 'Reports reviewed within 24 hours'):
        "an operator's review of public reports read as a service promise; label: an internal SLA",
    ('experience', 'Reports fixed within 24 hours'):
        'as the review of reports above',
    ('experience', 'Citation Appeals Rate'):
        'appeals against parking citations read as complaints; label: enforcement outcome',
    ('experience', 'Application-to-Close Cycle Time'):
        "a loan's cycle time read as the applicant's wait; label: a lender's process outcome",
    ('experience', 'Approval Turnaround Time'):
        'as the loan cycle time above',
    ('experience', 'Cycle time — application to fund (days)'):
        'as the loan cycle time above',
    ('cost', 'Right Party Contact Rate (RPC)'):
        'a collector reaching the right debtor read as customer contact demand',
    ('experience', 'Promise-Kept Rate'):
        'debtors keeping a promise to pay read as a service promise kept',
    ('experience', 'ARO - Returning Customer'):
        'a segment of returning customers read as customers coming back (retention)',
    ('experience', 'GMV retention (cohort)'):
        "sellers' GMV kept read as customer retention; label: a marketplace partner's figure",
    ('experience', 'Response Rate'):
        "a seller's share of first replies to buyers: a partner's figure, not the platform's service",
    ('experience', 'Orders Completed Without Cancellations'):
        "a seller-side completion figure read as customers' cancellations",
    ('cost', 'Interaction Per Session'):
        'interactions per session read as contact demand; label: engagement',
    ('experience', 'Turnaround Time'):
        "a localisation team's delivery time to internal teams: an internal SLA the bare name cannot tell",
}
REVIEWED_HELDOUT9 = {  # looked at after heldout9 was measured blind (tests/corpus/README.md)
    ('experience', 'RFI Turnaround Time'):
        "read as name reads 'turnaround time'; label: designers answering the contractor's requests for information: an internal coordination SLA, not a customer's wait (near-miss)",
    ('cost', 'Cost predictability – construction (client change orders)'):
        "read as name reads 'cost' with 'client'; label outcome: how well the contract sum holds against clients' change orders, a predictability, not money spent",
    ('cost', 'Total Payroll Multiplier (Revenue Factor)'):
        "read as name reads 'payroll'; label outcome: revenue earned per payroll dollar, a productivity ratio; read as the payroll itself",
    ('cost', 'SC-18 Shelf-Life at Dispatch'):
        "read as name reads 'dispatch'; label: remaining shelf life when goods leave: a dispatch quality, what the retailer later receives",
    ('experience', 'unscheduled downtime'):
        "read as name reads 'downtime'; label: a mine's or plant's equipment downtime, not a customer's outage; 'downtime' alone reads as the customers' outage minutes of rules.md",
    ('cost', 'vessel working time'):
        "read as name reads 'work time'; label: time cargo work goes on at the vessel, labelled like 'Average Ship time at berth'",
    ('cost', 'total port hours per ship call'):
        "read as name reads 'call'; label: a ship's elapsed time in port per call (hard, as ship turnaround)",
    ('experience', 'Is check-in opened in compliance with the SLA?'):
        "read as name reads 'service level'; label: counters open on time: service hours, labelled like 'We will maintain our advertised opening hours'",
    ('experience', 'Do desks open and close on time and are there enough?'):
        "read as name reads 'on time'; label: desk opening times and enough desks: access to check-in",
    ('experience', '90% of students who provide feedback after information skills sessions agree that the session has improved their understanding of using Library services and resources'):
        "read as name reads 'feedback' of 'student'; label: a learning outcome of training sessions, not satisfaction with service (hard)",
    ('experience', 'The AKLC will be checked on a daily basis and any maintenance or facilities issues reported to Estates within 24 hours Monday-Friday'):
        "read as name reads 'within' with 'hour'; label: internal reporting to the estates department",
    ('experience', 'Outage Announcements'):
        "read as name reads 'outage'; label: maintenance announced a week ahead: proactive notice, not a measure of what users feel (hard)",
    ('experience', 'We aim to order 90% of reading-list items within one week of the order being submitted.'):
        "read as name reads 'within' with 'week'; label: the library ordering what academics submit: back-office work, not what students wait for directly (hard)",
    ('experience', 'Out of stock'):
        "read as name reads 'out of stock'; label: raw materials running out for production, not a shopper's stock-out",
    ('experience', 'Broken/Short-Canceled Appointments Rescheduled Percentage'):
        "read as name reads 'cancel' with 'appointment'; label: how many missed dental visits the practice books again: recapture of patients' appointments, not what patients feel",
    ('experience', 'Excess Waiting for Work (EWFW) Percentage'):
        "read as name reads 'wait'; label: tellers waiting for work (overstaffing), not customers waiting: a near-miss of wait time",
}


SUPPLIERS = "a buyer's scorecard of its suppliers (their deliveries, defects, concessions to it): the name says no whose"
PRODUCTION = "a plant's own batches made right or released on time, read as a promise kept to a customer"
REVIEWED_HELDOUT10 = {  # looked at after heldout10 was measured blind twice (tests/corpus/README.md)
    ("experience", "Same-Day Fill Rate"): "cancelled slots a practice refills the same day read as a same-day promise",
    ("cost", "Full-Time Equivalency (FTE)"): "children enrolled counted in full-time equivalents read as staff "
        "headcount: the name alone cannot tell (as heldout5's FTE, which is staff)",
    ("experience", "Waitlist Size"): "label: unmet demand and room to grow; goalcheck reads a waiting list as people waiting",
    ("experience", "Number of feedback received (including complaints) which have been acted upon"):
        "complaints acted on read as complaints; label: work done (as 'Number of complaints closed')",
    ("experience", "Number of beneficiaries receiving food, non-food items, cash transfers and vouchers as % of planned"):
        "a cash transfer read as a call transferred",
    ("experience", "Employer Retention Q2 and Q4"): "job seekers still with their employer read as employers retained",
    ("experience", "Customer satisfaction"): "label: the customers are the agency's own mail users (the source's "
        "topic); the bare name cannot tell",
    ("experience", "time to assign first reviewer"): "a reviewer's assignment read as the authors' wait (label: a hard call)",
    ("cost", "At-Need Call Volume"): "a funeral home's 'call' is a case served and sold, read as contacts received",
    ("experience", "Average Job Completion Time"): "label: crew time per job (handle time, a cost); read as the "
        "customer's wait for the job",
    ("experience", "Right First Time (RFT)"): PRODUCTION,
    ("experience", "Delivery reliability / promise adherence"): SUPPLIERS,
    ("cost", "Concession Rate"): SUPPLIERS,
    ("experience", "Order backlog"): "contracted orders not yet delivered (future revenue, the source says) read as "
        "customers waiting",
}

TICKETS_SOLD = "tickets a cinema, venue or shop sells (or a car dealer's repair orders) read as support tickets: demand"
CASES_SOLD = "a wholesaler's cases of goods shipped read as support cases: demand"
ENQUIRIES_SOUGHT = "sales enquiries a letting or storage business wants more of read as contacts received: demand"
REVIEWED_HELDOUT11 = {  # looked at after heldout11 was measured blind at every commit of the eighth session
    ("experience", "Network Uptime %"): "a council's own network read as a service customers use (as 'fault rates')",
    ("cost", "To maintain a register of safe donors containing more than 6,000 regular donors by end of 2012"):
        "donors read as people who cost; label: an outcome",
    ("experience", "the overall rate of upheld complaints"): "an ombudsman's complaints about others read as "
        "complaints about itself",
    ("experience", "the proportion of complaints that reached us before completing the organisation's complaints "
                   "procedure"): "an ombudsman's premature complaints read as complaints",
    ("experience", "recommendations made for redress and improvement to public service"): "redress an ombudsman "
        "recommends read as redress paid to its customers",
    ("experience", "98% of complete, accurate bills within 20 working days"): "label: bills a regulator checks; "
        "the name reads as a billing promise",
    ("experience", "Advice centre complaints and enquiries"): "trading standards' caseload read as complaints about it",
    ("experience", "Criminal complaints, enquiries, investigations and scam interventions"): "as the advice centre",
    ("cost", "enquiries"): ENQUIRIES_SOUGHT,
    ("cost", "Monthly enquiries"): ENQUIRIES_SOUGHT,
    ("cost", "tire tickets"): TICKETS_SOLD,
    ("cost", "average service tickets"): TICKETS_SOLD,
}

REVIEWED_HELDOUT12 = {  # looked at after heldout12 was measured blind twice (tenth session, tests/corpus/README.md)
    ("cost", "GST/HST rulings and interpretations – telephone enquiries"): "enquiries read as demand to serve; "
        "label: the service standard met on them",
    ("cost", "Defendant's assisted by web chat or text message"): "people assisted read as contacts to serve; "
        "label: an output",
    ("experience", "% of cases referred to Teen Court within 10 days"): "a court's referral deadline read as a "
        "service promise",
    ("experience", "Process % of cases referred to Teen Court within 15 days"): "a court's referral deadline "
        "read as a service promise",
    ("experience", "Unpaid work completions within 12 months (SL029)"): "an offender's sentence completed in time "
        "read as a service promise",
    ("experience", "Enforcement within 10 days"): "enforcement against offenders read as a service promise",
    ("cost", "Victim Contact"): "contact read as demand; label: contact offered to victims, an experience",
    ("cost", "Number of Road Calls"): "calls read as contacts; label: breakdowns of buses on the road",
    ("experience", "Q12 Survey: Q09 - My coworkers are committed to doing quality work"): "a staff survey item "
        "read as a customer survey",
    ("cost", "ISO 9001 certification (percentage of total FTE working in certified sites)"): "FTE read as "
        "staffing; label: a share of staff at certified sites",
    ("cost", "service interaction"): "an interaction read as a contact to serve; label: an experience measure",
    ("experience", "Providing Processing Times"): "giving processing times read as the times themselves",
    ("cost", "Post ship-confirm refund rate"): "refunds read as a cost; label: a seller's defect measure",
}

REVIEWED_HELDOUT13 = {  # looked at after heldout13 was measured blind (eleventh session, tests/corpus/README.md)
    ("experience", "complaints excluded due to being outside AFCA’s jurisdiction"): "an ombudsman's complaints "
        "about others read as complaints about itself",
    ("experience", "distributors’ guaranteed service level (GSL) compensation payments"): "payments for failed "
        "service read as the service level; label: a cost",
    ("cost", "Elective surgery admissions per 1,000 population"): "admissions read as demand to serve; label: "
        "an output",
    ("cost", "We will offer on our telephone reservation system, airport ticket counters, and city ticket offices "
             "the lowest published fare for which the customer is eligible for the date, flight, and class of "
             "service requested."): "a promise naming channels read as their cost",
    ("experience", "Declined applicant NPS score"): "NPS of applicants a lender declined; label: not the "
        "customers' experience",
    ("experience", "Revenue contraction rate"): "contraction read as churn; label: a revenue outcome",
    ("experience", "Quarterly Engineering satisfaction survey NPS score"): "an internal team's NPS read as "
        "customers'",
    ("cost", "the total of initial out-of-service trouble reports not cleared within 24 hours"): "trouble reports "
        "read as demand; label: service restored late, an experience",
    ("experience", "Fault repair volumes"): "fault volumes read as faults felt; label: demand to serve",
}
REVIEWED = {
    ("cost", "percent of total nursing care hours provided by RNs"): "label reads 'by RNs' as per person; the "
        "share of care hours given by registered nurses is skill mix, staffing, a cost by rules.md",
    ("cost", "Containment rate"): "label says outcome; goalcheck reads containment as the cost lever it is "
                                  "(cheap way: more), by design since v1",
    ("cost", "IVR/VRU Containment Rate"): "as containment above",
    ("cost", "containment rate (self-service deflection)"): "as containment above",
    ("cost", "Ticket Deflection"): "as containment above",
    ("cost", "Cost per Order"): "label says outcome; rules.md lists cost per order served as a cost to serve",
    ("cost", "Active Tickets"): "a backlog of tickets is read as demand; label says activity",
    ("experience", "Late Dispatch Rate"): "a seller's late dispatch is felt by the buyer; label says not",
    ("experience", "Late Shipment Rate"): "as late dispatch above",
    ("experience", "Avoidable Wait"): "the courier's wait, not the customer's: the name cannot tell",
    ("experience", "Collected On Time"): "label reads it as the courier's activity; the name reads as a promise",
    ("experience", "What % of Child Protection and Review Case Conferences is held within timescales?"):
        "a statutory timescale read as a service promise",
}


REVIEWED_HELDOUT15 = {  # looked at after heldout15 was measured blind (thirteenth session, tests/corpus/README.md)
    ("experience", "Service requests outstanding"): "an IT desk's requests from staff; the name names no one",
    ("cost", "Number of next-visit appointments scheduled during an existing service visits"):
        "appointments booked for later read as service visits demanded",
    ("experience", "Quote Capture Rating"): "a service advisor's sales capture read as a rating customers give",
    ("experience", "Recommendation Capture Rating"): "the same",
    ("cost", "customer pay labor hours per transaction"): "hours per transaction read as time spent serving "
        "(rules.md's handle time); label: effort per unit of work",
    ("cost", "Appointments Set on Inbound Calls"): "appointments won on calls read as the calls",
    ("experience", "three-year retention"): "a dealer's staff retention; the bare name reads as customers'",
    ("experience", "Days to Payment"): "a maker's payment of the dealer's claims read as a customer's wait",
    ("cost", "service and repair cases"): "cases counted read as demand; label: an outcome",
    ("experience", "change job on time"): "an HR shared service's own transaction (as in heldout3)",
    ("experience", "termination on time"): "the same",
    ("experience", "change job processing time"): "the same",
    ("experience", "SLA Achievement"): "an internal function's SLA; the bare name names no one served",
    ("experience", "OKRs SLA"): "the same",
    ("experience", "Interaction reliability"): "a platform's reliability read as a service customers feel",
    ("experience", "the average time to escalate an incident"): "an IT incident's escalation read as a "
        "customer's wait",
    ("experience", "Transaction Processing Time"): "a finance shared service's processing; the name names no one",
    ("experience", "Mean time to repair (MTTR)"): "label: an asset's repair; the development sets label MTTR "
        "experience",
    ("experience", "Mean Time between Failures (MTBF)"): "the same (heldout3 labels MTBF experience)",
    ("experience", "Work order completion time"): "a facilities work order of staff read as a customer's",
    ("experience", "Churn Rate"): "a facilities team's office moves ('churn'); the bare name reads as customers'",
    ("experience", "Make trusteeship decisions within one year of opening the case for non-bankruptcy reportable "
                   "events"): "a pension insurer's decision on a plan read as a decision customers wait for",
    ("experience", "UDP Latency"): "label: a network measure; the development sets label latency experience",
}

REVIEWED_HELDOUT16 = {  # looked at after heldout16 was measured blind (thirteenth session, tests/corpus/README.md)
    ("experience", "Renewal Premium"): "an insurer's premium income from renewals read as renewals",
    ("experience", "number of reliability incidents"): "a platform's incidents counted read as failures felt",
    ("experience", "Waiting in venue"): "a courier's wait at a restaurant read as a customer's wait",
    ("experience", "Waiting for customer time"): "the same: the courier waits for the customer",
    ("experience", "service desk retention rate"): "a service desk's staff kept read as customers kept",
    ("experience", "order processing time (OPT)"): "a distributor's processing of orders; label: its own work",
    ("experience", "Orders – Backlog"): "orders waiting read as customers waiting; label: the distributor's stock "
        "of work",
    ("cost", "24-hour service"): "hours of service read as support hours (rules.md's staffing); label: an outcome",
    ("experience", "Reliability Rating"): "a courier's rating by the platform read as a rating customers give",
    ("cost", "credits issued per thousand line items processed"): "credits paid when service fails are a cost by "
        "issue 11; label: an outcome",
    ("cost", "credits per thousand lines"): "the same",
}
REVIEWED_HELDOUT17 = {  # looked at after heldout17 was measured blind (fourteenth session, tests/corpus/README.md)
    ("experience", "PPM SLA - Completion as per Schedule"): "an SLA on planned maintenance done to its schedule read "
        "as a service level customers feel (PPM is also rail punctuality and parts per million elsewhere)",
    ("experience", "Overdue Work Order Counts Trending Overtime"): "a hospital's overdue work orders read as "
        "customers' orders overdue; a housing repair's work orders are tenants' (labelled so in heldout14)",
    ("cost", "Avg. work time per day (hrs.)"): "a field technician's hours worked a day read as staff time spent "
        "(rules.md's staffing); label: an activity",
    ("experience", "On-Time Graduation Rate"): "students graduating on time, their own milestone, read as a "
        "promise kept to them",
    ("experience", "Feasibility Response Rate"): "trial sites answering a sponsor's feasibility questionnaire read "
        "as a service's response rate ('Message response rate' is one)",
    ("experience", "Submission to Approval Duration"): "a sponsor's wait on an ethics committee read as a "
        "submitter's wait for a decision, as an applicant's is",
    ("experience", "Appeal Success Rate"): "a pharmacy's appeals of claim denials won read as customers' appeals",
    ("experience", "Query Resolution Time"): "clinical data queries to trial sites read as customers' queries "
        "resolved, as a contact centre's are",
}

# heldout18 was measured blind at the fourteenth session's start, during it and at its end (82.3 / 85.4 /
# 94.6 / 82.5 / 93.5, 18 dangerous), then read in the fifteenth: these remain after its classes were fixed
REVIEWED_HELDOUT18 = {
    ("cost", "Concession Spend Per Person (SPP)"): "what guests spend at a venue's concessions read as concessions "
        "granted, a cost",
    ("cost", "Average Spend Per Member"): "what a club's members spend read as spend on each member, a cost to serve",
    ("cost", "Electronic credit activity statements"): "a tax office's activity statements (a form) read as credits "
        "given",
    ("experience", "Loyalty Contribution %"): "a hotel's share of revenue from loyalty members read as customers' loyalty",
    ("experience", "Brand.com loyalty penetration"): "as Loyalty Contribution %",
    ("experience", "Cases requiring formal ombudsman decision"): "cases an ombudsman must decide read as complaints "
        "escalated; label: the ombudsman's own caseload",
    ("experience", "the number of complaints received during the year"): "a complaints body's intake; label: demand, "
        "though rules.md lists complaints as experience (other sets' labellers say experience)",
    ("experience", "the number of complaints referred to and resolved by negotiation, conciliation, or mediation"):
        "complaints the body resolved read as complaints resolved for customers; label: its output",
    ("experience", "the number of outstanding complaints at the conclusion of the relevant year"): "a complaints "
        "body's backlog; label: demand",
    ("experience", "Self Service Availability"): "self-service kept up read as service availability; label: a cost",
    ("experience", "pending applications"): "applications waiting read as applicants' wait; label: a backlog",
    ("experience", "Violation resolution time"): "time to resolve a property's code violations read as a customer's "
        "wait for a resolution",
}

# heldout19 was measured blind in the fifteenth session (81.1 / 84.4 / 94.9 / 80.8 / 96.2, 31 dangerous),
# labelled a second time blind in the sixteenth (tests/corpus/second-labels), then read where the two
# labellers agree: these remain after its classes were fixed ("both" where the second labeller agrees)
REVIEWED_HELDOUT19 = {
    ("experience", "Stockout Frequency"): "a distributor's stockouts read as customers unable to buy, as a "
        "retailer's are; both labellers: the inventory's",
    ("experience", "Perfect Order Rate"): "orders right first time read as order accuracy customers feel; both "
        "labellers: a fulfilment figure",
    ("experience", "Downtime Frequency"): "bare downtime read as an outage customers lose; both: a plant's (the "
        "name gives no machine)",
    ("experience", "Downtime Caused by Quality Issues"): "as Downtime Frequency",
    ("experience", "Avg Days to Close"): "days to close read as a case's resolution; both: a sale's or a "
        "construction close-out",
    ("experience", "Retention Rate"): "a bare retention rate read as customers' (rules.md's retention); both "
        "labellers read the page's as staff or stock",
    ("cost", "Employee Training Per Year (percent receiving 20 hours per year)"): "staff hours read as capacity "
        "spent; both: the share of staff trained",
    ("cost", "MFIP and DWP Median Placement Wage"): "a wage read as the payroll's; both: the wage clients are "
        "placed at",
    ("experience", "Percentage of domestic active paying parents with less than one month liability outstanding "
        "(Child Support collect only)"): "parents owing little read as customers' wait; both: compliance",
    ("experience", "Appeals total allowance rate"): "appeals allowed read as customers' appeals upheld; both: "
        "the adjudicator's outcome",
    ("experience", "Money lost from downgraded donors"): "donors downgrading read as customers churning; both: "
        "money",
    ("experience", "governance retention"): "retention read as customers'; both: a board's",
    ("experience", "Contacts agent hung up first"): "hang-ups read as abandonment; both: the agent's act",
    ("cost", "Conversations resulting in a handoff"): "a bot's handoffs to a person read as contacts to serve; "
        "both: the bot's outcome (rules.md puts deflection among costs)",
    ("experience", "User retention rate"): "users' retention read as customers' (the second labeller agrees "
        "with the reading)",
    ("cost", "Containment"): "containment read as deflection, a cost by rules.md's vocabulary; both: the bot's "
        "outcome",
    ("cost", "LIVE_AGENT_HANDOFF_RATE"): "as Conversations resulting in a handoff",
    ("cost", "Missed Chat Time"): "chat time read as time spent serving; both: an agent's missed time",
    ("cost", "missed_chats"): "chats read as demand; both: chats missed, as calls abandoned",
    ("cost", "missedInteractions"): "interactions read as demand; both: an agent's missed ones",
    ("cost", "AgentMessageCount"): "messages read as demand; both: the agent's own messages, effort",
    ("cost", "EscalationCount"): "escalations read as demand; both: an outcome of the first line",
    ("experience", "Ticket Backlog"): "tickets waiting read as customers' wait; both: work waiting, a cost",
}

# the corpus files are data for the test, not goals files: PyYAML's libyaml loader where it has one
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# heldout21 was measured blind at the seventeenth session's start and after its first twelve classes
# (84.6 / 83.6 / 96.6 / 80.4 / 93.9, 14 dangerous, both times), then read
REVIEWED_HELDOUT21 = {
    ("cost", "Contact Rate"): "rules.md's contact rate, demand; label: a phonathon's share of calls that reach "
        "the right person (its source's sense)",
    ("cost", "dollars per phoning hour"): "an hour of phoning read as staff time spent; label: money raised per "
        "caller hour, an activity",
    ("cost", "Payroll Efficiency Ratio (PER)"): "payroll read as a cost; label: a ratio of revenue to payroll",
    ("cost", "the number of face-to-face contacts"): "contacts read as demand to serve; label: a fundraiser's "
        "contacts made, an activity",
    ("experience", "To Process Payments Within Twelve (12) Working Days."): "payments processed in time read as "
        "paid to those served; label: an agency's payments to its suppliers",
    ("experience", "cancellation rate"): "a cancellation read as a customer's; label: a driver's bookings "
        "cancelled (the source is a ride-hailing driver page)",
    ("experience", "access to customer care centres"): "reaching customer care read as customers' access felt; "
        "label: the number of centres, a capacity",
}


@lru_cache(maxsize=None)
def corpus(name: str = "metrics") -> list[dict]:
    entries = []
    for path in sorted((CORPORA / name).glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        for entry in data["metrics"]:
            assert entry["source"] in data["sources"], f"{path.name}: {entry['name']!r} cites no source"
            entries.append(entry)
    return entries


def read(entry: dict) -> dict:
    context = entry.get("context") or {}
    owners = ((context["department"], False),) if context.get("department") else ()
    facts = dict(builtin().analyse(entry["name"], context.get("unit"), owners).facts)
    if facts["kind"] == "cost" and facts["better"] is None:
        facts["better"] = "decrease"  # as infer does: a cost's better direction is its cheap one
    return facts


@lru_cache(maxsize=None)
def readings(name: str) -> list[tuple[dict, dict]]:
    """Each entry of a set with what the analyser reads in it: read once, for all the tests of the set."""
    return [(entry, read(entry)) for entry in corpus(name)]


@pytest.mark.parametrize("name", SETS)
def test_the_corpus_is_large_and_cited(name):
    assert len(corpus(name)) >= (300 if name == "metrics" else 250)  # issue 11: 300 to develop on
    for path in sorted((CORPORA / name).glob("*.yaml")):
        names = [e["name"].lower() for e in yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)["metrics"]]
        assert len(set(names)) == len(names), f"{path.name}: a name appears twice"
    # across sets a name may repeat with other labels: "Completion Rate" of a courier and of a
    # GOV.UK service (the name alone cannot decide; each keeps its source's meaning)


@pytest.mark.parametrize("name", SETS)
def test_no_dangerous_error_beyond_the_reviewed_ones(name):
    reviewed = {"metrics": REVIEWED, "heldout": REVIEWED_HELDOUT, "heldout2": REVIEWED_HELDOUT2,
                "heldout3": REVIEWED_HELDOUT3, "heldout4": REVIEWED_HELDOUT4, "heldout5": REVIEWED_HELDOUT5,
                "heldout6": REVIEWED_HELDOUT6, "heldout7": REVIEWED_HELDOUT7,
                "heldout8": REVIEWED_HELDOUT8, "heldout9": REVIEWED_HELDOUT9,
                "heldout10": REVIEWED_HELDOUT10, "heldout11": REVIEWED_HELDOUT11,
                "heldout12": REVIEWED_HELDOUT12, "heldout13": REVIEWED_HELDOUT13,
                "heldout15": REVIEWED_HELDOUT15, "heldout16": REVIEWED_HELDOUT16,
                "heldout17": REVIEWED_HELDOUT17, "heldout18": REVIEWED_HELDOUT18,
                "heldout19": REVIEWED_HELDOUT19, "heldout21": REVIEWED_HELDOUT21}[name]
    found = set()
    for entry, facts in readings(name):
        if facts["experience"] and not entry["experience"]:
            found.add(("experience", entry["name"]))
        if facts["kind"] == "cost" and entry["kind"] != "cost":
            found.add(("cost", entry["name"]))
    assert sorted(found - reviewed.keys()) == []
    assert sorted(reviewed.keys() - found) == [], "fixed: take these out of the reviewed list"


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("fact", FACTS)
def test_accuracy_per_fact_holds_its_floor(name, fact):
    right = total = 0
    for entry, facts in readings(name):
        if fact == "better" and entry.get("better") is None:
            continue
        got = facts[fact]
        if fact in ("experience", "access", "cross_functional") and got is not None:
            got = bool(got)
        total += 1
        right += got == entry.get(fact)
    accuracy = 100 * right / total
    print(f"{name} {fact}: {right}/{total} = {accuracy:.1f}%")
    assert accuracy >= FLOORS[name][fact]


def _as_org(entries: list[dict]) -> str:
    """A goals file holding each entry as a metric (its unit as given) and, where the source names
    a department, a goal of that department on it: what a user auditing these names would write."""
    departments, metrics, goals = {}, [], []
    for number, entry in enumerate(entries):
        context = entry.get("context") or {}
        metric = {"id": f"m{number}", "name": entry["name"]}
        if context.get("unit"):
            metric["unit"] = str(context["unit"])
        metrics.append(metric)
        if context.get("department"):
            owner = departments.setdefault(context["department"], f"d{len(departments)}")
            goals.append({"id": f"g{number}", "title": "Hold it", "owner": owner, "metric": metric["id"]})
    return yaml.safe_dump({"version": 1, "organization": {"name": "Corpus", "strategy": "Read names"},
                           "departments": [{"id": i, "name": n} for n, i in departments.items()],
                           "metrics": metrics, "goals": goals}, sort_keys=False, allow_unicode=True)


@pytest.mark.parametrize("name", SETS)
def test_goalcheck_facts_reads_each_name_as_the_analyser_does(name, tmp_path, capsys):
    """The hidden corpus of issue 11 is read through `goalcheck facts --format json`: the command
    must give, name by name, the readings these tests measure (unknown as null)."""
    import json

    from goalcheck.cli import main

    entries = corpus(name)
    path = tmp_path / "goals.yaml"
    path.write_text(_as_org(entries), encoding="utf-8")
    assert main(["facts", str(path), "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)["metrics"]
    assert [m["name"] for m in shown] == [e["name"] for e in entries]
    differ = [(entry["name"], fact, metric[fact], read(entry)[fact])
              for entry, metric in zip(entries, shown) for fact in FACTS if metric[fact] != read(entry)[fact]]
    assert differ == []
