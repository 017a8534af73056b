"""English families, categories 2, 3 and 4."""

from common import family, money
from public import (ASSOCS_EN, ROLE_BOXES_EN, HOTLINES_EN, PLACES_EN, AUTHORS,
                    ATHLETES)

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "September",
          "October", "November", "December"]
EVENTS = ["the community lunch", "the clothes swap", "the open day", "the quiz night",
          "the sponsored walk", "the repair café", "the summer fair", "the coffee morning"]
PUBLIC_EN = [("Sadiq Khan", "the Mayor of London"), ("Andy Burnham", "the Mayor of Greater Manchester"),
             ("Ursula von der Leyen", "the President of the European Commission"),
             ("Keir Starmer", "the Prime Minister"), ("Marcus Rashford", "the footballer"),
             ("Malala Yousafzai", "the Nobel laureate")]


def date(c):
    return f"{c.pick(DAYS)} {c.num(1, 28)} {c.pick(MONTHS)}"


def hour(c):
    return c.pick(["9am", "10.30am", "2pm", "6pm", "7.30pm"])


# ---------------- category 2 ----------------

@family("en-email-rolebox-01", "email", "en", 2)
def _(c):
    a = c.pick(ASSOCS_EN)
    s = [c.pick(["Dear all,", "Hello everyone,", "Dear partners,"]),
         f"Registration for {c.pick(EVENTS)} on {date(c)} is now open.",
         f"Please email {c.pick(ROLE_BOXES_EN)}@{a['dom']} or ring our office on {a['tel']}.",
         c.pick(["Spaces are limited.", "Children are welcome.", "Step-free access is available."]),
         f"Best wishes,\nThe {a['name']} team"]
    return "\n".join(s), "role-mailbox"


@family("en-newsletter-public-figure-02", "newsletter", "en", 2)
def _(c):
    name, role = c.pick(PUBLIC_EN)
    pl = c.pick(PLACES_EN)
    t = c.pick([
        f"What a day! {name}, {role}, officially opened {pl} on {date(c)}. Over a hundred "
        f"residents came along, and the local paper covered the speech.",
        f"In the news: {role}, {name}, has announced new funding for youth clubs. Our network "
        f"will publish a response next week.",
        f"Book club: this month we are reading {c.pick(AUTHORS)}. Join us in {pl} on {date(c)}.",
        f"Thanks to {c.pick(ATHLETES)} for backing our 'Kick Out Loneliness' campaign. "
        f"The video is on our website.",
    ])
    return t, "public-figure"


@family("en-job-ad-03", "job-ad", "en", 2)
def _(c):
    a = c.pick(ASSOCS_EN)
    role = c.pick(["Volunteer Coordinator", "Youth Worker", "Finance Officer (part-time)",
                   "Community Development Worker", "Fundraising Assistant"])
    s = [f"We're hiring: {role}",
         f"{a['name']} ({a['charity']}) is looking for a {role.lower()} to join our small team.",
         f"Salary: £{c.num(22, 34)},{c.pick(['000', '500'])} pro rata. Closing date: {date(c)}.",
         f"Apply with a CV and cover letter to jobs@{a['dom']}.",
         f"Our office: {a['addr']}."]
    return "\n".join(s), "job-ad-assoc"


@family("en-ai-request-public-04", "ai-request", "en", 2)
def _(c):
    a = c.pick(ASSOCS_EN)
    t = c.pick([
        f"Write a thank-you note to all our volunteers for {c.pick(EVENTS)}. Warm tone, "
        f"under 100 words, sign it 'The {a['name']} team'.",
        f"Turn this table into a bullet list for our poster:\nActivity | Day | Time\n"
        f"Drop-in | {c.pick(DAYS)} | 10am-1pm\nHomework club | {c.pick(DAYS)} | 4pm-6pm\n"
        f"Add our number {a['tel']} at the bottom.",
        f"Suggest three catchy subject lines for our newsletter announcing {c.pick(EVENTS)}.",
        f"Proofread this: 'Our open day is on {date(c)}, every one is wellcome, contact "
        f"info@{a['dom']}'",
    ])
    return t, "ai-request-public"


@family("en-grant-report-aggregate-05", "grant-report", "en", 2)
def _(c):
    a = c.pick(ASSOCS_EN)
    y = c.num(2021, 2024)
    t = c.pick([
        f"As published in our {y} annual report, we supported {c.num(200, 1500)} people, "
        f"{c.num(40, 75)}% of them women, through {c.num(30, 300)} group sessions.",
        f"Key figures ({y}, aggregated): {c.num(50, 400)} volunteers gave {money(c.num(3000, 20000), 'en')} "
        f"hours. The full report is available at {a['dom']}.",
        f"Outcomes for {y}: {c.num(55, 92)}% of participants reported feeling less isolated. "
        f"These anonymised results are in the annual report ({a['charity']}).",
    ])
    return t, "aggregate-figures-published"


@family("en-announcement-place-06", "announcement", "en", 2)
def _(c):
    pl = c.pick(PLACES_EN)
    a = c.pick(ASSOCS_EN)
    hl = c.pick(HOTLINES_EN)
    t = c.pick([
        f"{c.pick(EVENTS).capitalize()} has moved to {pl} this year. Doors open at {hour(c)} "
        f"on {date(c)}. Free entry.",
        f"Reminder: the drop-in session on {c.pick(DAYS)} takes place in {pl}. If you need "
        f"support outside our hours, call {hl}.",
        f"NEW VENUE: our AGM will be held in {pl}. Please register via info@{a['dom']}.",
    ])
    return t, "place-named-after-person"


@family("en-minutes-board-07", "minutes", "en", 2)
def _(c):
    a = c.pick(ASSOCS_EN)
    s = [f"Minutes of the trustees' meeting, {date(c)}",
         f"Present: {c.num(5, 10)} trustees; quorum reached.",
         f"1. The board votes the budget for {c.num(2025, 2026)} (£{c.num(150, 700)},000).",
         "2. Treasury: cash position in line with the published accounts.",
         c.pick(["3. AOB: none.", "3. The new logo was approved.", "3. The chair gave the floor to members."]),
         f"Next meeting: {date(c)}."]
    return "\n".join(s), "risky-word-neutral"


@family("en-chat-logistics-08", "chat", "en", 2)
def _(c):
    t = c.pick([
        f"can someone open the {c.pick(['hall', 'kitchen', 'store room'])} at {hour(c)} tmrw",
        "van's parked on Mandela street, keys at reception",
        f"we've got {c.num(4, 30)} food parcels left, shall we ring the food bank",
        "wifi down again upstairs, ive called the provider",
        f"meeting moved to {hour(c)} same room",
        "who's got the banner for the fair",
        f"printer on the 1st floor is jammed again lol",
    ])
    return c.lower(t), "chat-no-person"


# ---------------- category 3 ----------------

@family("en-email-contact-01", "email", "en", 3)
def _(c):
    p, q = c.person(), c.person()
    ph = c.phone(c.pick(["be", "nl", "fr"]))
    s = [f"Hi {c.p(q.first)},",
         f"{c.p(p.full)} rang this morning about {c.pick(EVENTS)}.",
         f"Could you call {p.en('him', 'her')} back on {c.p(ph)} or email {c.p(c.email_of(p))}?",
         c.pick(["Thanks!", "Cheers,", "Many thanks,"])]
    return "\n".join(s), "full-name-phone-email"


@family("en-minutes-attendees-02", "minutes", "en", 3)
def _(c):
    ps = c.people(c.num(3, 6))
    s = [f"Team meeting – {date(c)}",
         "Attendees: " + ", ".join(c.p(x.full) for x in ps),
         f"Apologies: {c.p(c.person().full)}",
         f"- {c.p(ps[0].first)} to book the hall for {c.pick(EVENTS)}.",
         f"- {c.p(ps[1].first)} will update the volunteer handbook.",
         "- Next meeting in two weeks."]
    return "\n".join(s), "minutes-attendee-list"


@family("en-chat-firstname-03", "chat", "en", 3)
def _(c):
    p = c.person()
    f = c.p(p.first)
    t = c.pick([
        f"{f} cant make it tonight, can someone cover the bar",
        f"just seen {f}, {p.en()} says the keys are in the drawer",
        f"has anyone got {f}'s number",
        f"{f} brought cakes again!! legend",
        f"tell {f} the meeting's at {hour(c)}",
        f"running late, {f} is giving me a lift",
    ])
    return c.lower(t), "first-name-lowercase"


@family("en-rota-04", "rota", "en", 3)
def _(c):
    ps = c.people(4)
    lines = [f"{d}: {c.p(p.first)} {c.p(p.last)} – {c.pick(['front desk', 'kitchen', 'driving', 'till'])}"
             for d, p in zip(c.sample(DAYS, 4), ps)]
    t = (f"Volunteer rota, week of {date(c)}\n" + "\n".join(lines)
         + f"\nCover: call {c.p(ps[0].first)} on {c.p(c.phone())}.")
    return t, "volunteer-rota-names"


@family("en-indirect-oldest-05", "email", "en", 3)
def _(c):
    desc = c.pick(["our oldest member", "the only volunteer who drives the minibus",
                   "the volunteer who does the Thursday pick-ups in Little Ashby",
                   "the lady who has run the tuck shop since 1979",
                   "the youngest trustee"])
    t = c.pick([
        f"Could we feature {c.p(desc)} in the next newsletter? They live just above the bakery "
        f"on the high street and have lots of stories.",
        f"Heads up: {c.p(desc)} has moved house, please update the address in the database.",
        f"{c.p(desc[0].upper() + desc[1:])} turns 90 on {c.pick(DAYS)} – shall we get a card?",
    ])
    return t, "indirect-identification"


@family("en-ai-request-thanks-06", "ai-request", "en", 3)
def _(c):
    p = c.person()
    t = c.pick([
        f"Write a thank-you note to {c.p(p.full)} for {p.en('his', 'her')} {c.num(2, 30)} years "
        f"volunteering at the food bank.",
        f"Draft a reference letter for {c.p(p.full)}, who has volunteered with us since "
        f"{c.num(2012, 2022)}. Send it to {c.p(c.email_of(p))}.",
        f"Write a birthday message for {c.p(p.first)}, our receptionist, who lives at "
        f"{c.p(c.home_address('nl'))} – we'll post a card there.",
    ])
    return t, "ai-request-with-name"


@family("en-case-note-07", "case-note", "en", 3)
def _(c):
    p = c.person()
    s = [f"Case note – {date(c)} – {c.p(p.full)}, DOB {c.p(c.birth_date('en'))}.",
         f"Address: {c.p(c.home_address(c.pick(['be', 'nl'])))}.",
         c.pick(["Wants help with a council tax form.", "Asked about evening English classes.",
                 "Looking for a cheaper phone contract.", "Needs a letter confirming volunteering hours."]),
         "Follow-up booked."]
    return " ".join(s), "dob-and-address"


# ---------------- category 4 ----------------

@family("en-email-secret-01", "email", "en", 4)
def _(c):
    amt = c.num(20, 120) * 1000
    secret = c.pick([f"we're in talks to merge with {c.pick(['Harbour Trust', 'Northside Aid', 'Open Hands'])} – do not tell the partners yet",
                     f"our ceiling for the lease is £{money(amt, 'en')}",
                     f"we can go up to £{money(amt, 'en')} for the building",
                     f"the board has agreed to cut {c.num(2, 8)} posts in the spring, nobody else knows",
                     f"the grant application to the Lottery isn't filed yet, keep it between us",
                     f"we have a £{money(amt, 'en')} deficit that isn't in the published accounts"])
    s = [c.pick(["Hi both,", "Dear Chair,", "Quick one –"]),
         f"Before {c.pick(DAYS)}'s meeting: {c.p(secret)}.",
         c.pick(["Keep it between us for now.", "Please don't forward.", "Let's discuss in person."]),
         "Thanks"]
    return "\n".join(s), "strategic-secret"


@family("en-case-note-health-02", "case-note", "en", 4)
def _(c):
    p = c.person()
    fact = c.pick(["has started drinking again", "relapsed over the weekend",
                   f"is back in rehab for six weeks", "had a miscarriage last month",
                   "is losing " + p.en("his", "her") + " sight", "attempted suicide in January",
                   "is being treated for depression", "is pregnant but hasn't told anyone",
                   "is on a methadone programme", "had a stroke and uses a wheelchair now"])
    core = ["Attended on time.", "Discussed the housing application.", "Next appointment in a fortnight."]
    s = c.weave(core, f"{c.p(p.first)} {c.p(fact)}.")
    return f"Support note, {date(c)}, {c.p(p.full)}. " + " ".join(s), "health-no-keyword"


@family("en-chat-beliefs-03", "chat", "en", 4)
def _(c):
    p = c.person()
    fact = c.pick(["is fasting for ramadan so no lunch shifts", "keeps shabbat so not friday evenings",
                   "goes to mass sunday mornings", "just converted to islam",
                   "is putting up posters for reform uk", "is a labour party member",
                   "is the unison rep", "came out as gay last week",
                   "has just come out of prison", "is doing community service with us"])
    t = c.pick([f"fyi {c.p(p.first)} {c.p(fact)}", f"{c.p(p.first)} {c.p(fact)}, keep it quiet",
                f"did u know {c.p(p.full)} {c.p(fact)}"])
    return c.lower(t), "art9-chat"


@family("en-minutes-tribunal-04", "minutes", "en", 4)
def _(c):
    p = c.person()
    s = [f"Trustees – confidential item, {date(c)}",
         f"The chair updated the board on the employment tribunal claim brought by {c.p(p.full)}.",
         c.p(c.pick([f"Settlement authorised up to £{money(c.num(5, 40) * 1000, 'en')}.",
                     "Staff are not to be told until the hearing.",
                     "Solicitor advises the unfair dismissal claim is likely to succeed."])),
         "Minute to be kept off the public record."]
    return "\n".join(s), "tribunal-dispute"


@family("en-ai-request-sensitive-05", "ai-request", "en", 4)
def _(c):
    p = c.person()
    fact = c.pick(["relapsed twice this month", "is on probation", "is undocumented",
                   "was diagnosed with bipolar disorder", "is HIV positive",
                   "left detention in March"])
    t = c.pick([
        f"Summarise this case note in 3 bullets: '{c.p(p.full)} came in on {c.pick(DAYS)}. "
        f"{p.en('He', 'She')} {c.p(fact)}. Wants help finding work.'",
        f"Write a kind email to {c.p(p.first)} who {c.p(fact)}, inviting {p.en('him', 'her')} back to the allotment group.",
    ])
    return t, "ai-request-art9"
