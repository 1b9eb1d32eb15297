"""Boilerplate: whole blocks a page or wire adds around an article.

Rows are ``(block text, expected kind or None, reason)``. A sentence of the
article that merely mentions these words must never match.
"""

from __future__ import annotations

import pytest

from newsmd.boilerplate import match_boilerplate

ROWS = [
    # headings of links to other stories, inside or after an article
    ("Siehe auch", "related heading", "de: see also"),
    ("RELATED STORIES", "related heading", "en: related stories in capitals"),
    ("Mehr zu Klima und Konsum", "related heading", "de: more on a topic"),
    ("Artikel zum Thema", "related heading", "de: articles on the topic"),
    ("Noch mehr Infos für dich", "related heading", "de: more information for you"),
    ("Weitere Informationen", "related heading", "de: further information"),
    ("PUEDES VER: ¿Qué es la Sunedu?", "related link", "es: you can see, with the link"),
    ("Dowiedz się więcej: Kto jak głosował?", "related link", "pl: learn more, with the link"),
    ("Mehr zu den Plänen des Rates erfuhr die Redaktion am Abend.", None, "de: a sentence"),
    ("Inhaltsverzeichnis", "table of contents", "de: table of contents"),
    ("Table of Contents", "table of contents", "en: table of contents"),
    ("Źródło: Statista.com", "photo credit", "pl: the source of a chart"),
    ("Quelle: Statistisches Bundesamt", "photo credit", "de: the source of a chart"),
    ("Podziel się", "share prompt", "pl: share"),
    ("Udostępnij Facebook Twitter E-mail", "share prompt", "pl: share, then the services"),
    ("Condividi Facebook Twitter WhatsApp", "share prompt", "it: share, then the services"),
    ("Share: Facebook | Twitter | Email", "share prompt", "en: share, then the services"),
    ("Facebook", None, "a service alone may be a subheading"),
    ("Tel.: (030) 78 95 47 78", "contact details", "de: a telephone number"),
    ("E-Mail: presse@example.org", "contact details", "de: an e-mail address"),
    ("Tel. 030 1234567 ist die Nummer, die Sie wählen müssen.", None, "de: a sentence"),
    ("微信 微博 Qzone 评论", "share prompt", "zh: WeChat, Weibo, Qzone, comment"),
    ("分享到", "share prompt", "zh: share to"),
    ("142 Antworten zu Würde des Lebens", "comment count", "de: blog comments heading"),
    ("3 thoughts on “Why I Stopped Tilling”", "comment count", "en: blog comments heading"),
    ("Datenschutzerklärung · Impressum", "legal links", "de: legal links"),
    ("Privacy Policy | Terms of Use", "legal links", "en: legal links"),
    ("Impressum", None, "one link alone may be a heading"),
    ("Mail the editor", "share prompt", "en: mail the editor"),
    ("Beitrag teilen", "share prompt", "de: share the post"),
    ("Jetzt für Golf-Lotse Top-News anmelden", "sign-up button", "de: sign up now"),
    ("WebAkte kostenfrei testen", "sign-up button", "de: try for free"),
    ("Kategorie: Allgemein, News", "tags", "de: the post's categories"),
    ("Lieferzeit: 9-12 Tage", "shop furniture", "de: delivery time"),
    ("(Alle Angaben ohne Gewähr)", "shop furniture", "de: disclaimer"),
    ("Empfohlener redaktioneller Inhalt", "shop furniture", "de: embedded content placeholder"),
    ("Wie Sie Ihr Auto richtig anmelden", None, "de: a subheading about registering a car"),
    ("Photo by Ann Lee on Unsplash", "photo credit", "en: a free picture's credit"),
    (
        "This site participates in the Amazon Associates Program and earns from purchases.",
        "affiliate disclosure",
        "en: paid links disclosed",
    ),
    (
        "This site participates in the Amazon Associate program and earns revenue from"
        " qualifying purchases (links to books or products). Other advertisers include direct"
        " sales and third party ad networks which may display ads from a variety of advertisers."
        " Clicking anything on this site including individual links, images, events, banners"
        " (even ads that appear to be content) could result in payment to, or a commission being"
        " earned by the publisher. Please see our Terms of Service.",
        "affiliate disclosure",
        "en: a long disclosure of paid links",
    ),
    (
        "Disclaimer (varies based on content): News articles on this site may contain opinions"
        " of the author.",
        "disclaimer",
        "en: the site's disclaimer",
    ),
    ("Haftungsausschluss: Alle Angaben ohne Gewähr.", "disclaimer", "de: disclaimer"),
    (
        "We recommend the best products through an independent review process, and advertisers"
        " do not influence our picks. We may receive compensation if you visit partners.",
        "affiliate disclosure",
        "en: a review site's disclosure",
    ),
    (
        "The regulator said on Monday that the rules would change. We use cookies, the company"
        " replied, only to keep users logged in.",
        None,
        "en: two sentences of news, the second quoting a company",
    ),
    ("The disclaimer: a short history of fine print", None, "en: a heading about disclaimers"),
    (
        "Article Précédent Centre d’écoute : Un abri pour les femmes Article suivant Le budget",
        "previous or next story",
        "fr: links to the previous and next stories",
    ),
    ("Nächster Artikel", "previous or next story", "de: next story"),
    ("Next article", "previous or next story", "en: next story"),
    ("Next, the article turns to the budget.", None, "en: a sentence"),
    ("Merken (24 Rezepte)", "page furniture", "de: bookmark button with a count"),
    ("Filed under bill clinton , warner bros.", "tags", "en: filed under"),
    ("find more by Matthew Davis", "author contact", "en: more by the author"),
    (
        "Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den Newsletter zu"
        " erhalten.",
        "call to action",
        "de: a newsletter form's consent",
    ),
    (
        "LETTERS * Mandatory fields Example, data controller, collects this data to send you"
        " newsletters.",
        "call to action",
        "en: a form's required fields",
    ),
    ("Instant access to the full article PDF.", "call to action", "en: a paywall's offer"),
    (
        "By clicking the button the company agreed to pay a fine, the court said.",
        None,
        "en: a sentence opening 'By clicking'",
    ),
    (
        "By subscribing, you agree to our Terms of Use and Privacy Policy.",
        "call to action",
        "en: a form's consent",
    ),
    (
        "Wir verwenden Cookies auf unserer Website, um Ihnen die beste Erfahrung zu bieten.",
        "cookie notice",
        "de: the site's own cookie notice",
    ),
    ("Google will stop using third-party cookies in Chrome next year.", None, "en: news"),
    (
        "Diese Webseite verwendet Cookies, damit du die Services optimal nutzen kannst.",
        "cookie notice",
        "de: this site uses cookies",
    ),
    ("Ce site utilise des cookies pour mesurer l'audience.", "cookie notice", "fr: site notice"),
    ("Weitere Beiträge aus der Kolumne:", "related heading", "de: more from the column"),
    ("Lesedauer: 4 Min.", "page furniture", "de: reading time"),
    ("Merken", "page furniture", "de: bookmark button"),
    ("Bild anzeigen Bild schließen", "page furniture", "de: a gallery's buttons"),
    ("Unterstütze RosaMag bereits mit 2,50!", "call to action", "de: support us"),
    # wire end marks
    ("Reuter", "wire end mark", "Reuter sign-off"),
    ("REUTER", "wire end mark", "Reuter sign-off in capitals"),
    ("Reuters", "wire end mark", "Reuters sign-off"),
    ("Reuter.", "wire end mark", "sign-off with a period"),
    ("-30-", "wire end mark", "-30- end mark"),
    ("###", "wire end mark", "### end mark"),
    ("(END)", "wire end mark", "(END) end mark"),
    ("Ends", "wire end mark", "Ends end mark"),
    # advertisements
    ("Advertisement", "advertisement", "Advertisement label"),
    ("ADVERTISEMENT", "advertisement", "Advertisement label in capitals"),
    ("Anzeige", "advertisement", "German advertisement label"),
    ("Publicité", "advertisement", "French advertisement label"),
    ("The story continues below", "story continues", "story continues below"),
    ("Article continues after this advertisement", "story continues", "continues after ad"),
    # a time relative to when the page was read
    ("Updated 2 mins ago", "relative time", "en: updated, minutes ago"),
    ("3 hours ago", "relative time", "en: hours ago"),
    ("Aktualisiert vor 5 Minuten", "relative time", "de: updated minutes ago"),
    ("il y a 3 heures", "relative time", "fr: hours ago"),
    ("hace 2 horas", "relative time", "es: hours ago"),
    ("2 ore fa", "relative time", "it: hours ago"),
    ("5 minut temu", "relative time", "pl: minutes ago"),
    ("They left 3 hours ago and never came back.", None, "en: a sentence"),
    ("Lesezeit: 3 Minuten", "page furniture", "de: reading time spelled out"),
    # a press release's label and contact heading
    ("FOR IMMEDIATE RELEASE", "release label", "en: release label"),
    ("Press Release", "release label", "en: press release label"),
    ("Pressemitteilung", "release label", "de: release label"),
    ("Communiqué de presse", "release label", "fr: release label"),
    ("Pressemitteilung vom 12.03.2024", None, "de: a dated label is a date line's"),
    ("The press release gave no figures.", None, "en: a sentence"),
    ("Media Contact:", "press contact label", "en: contact heading"),
    ("Investor Inquiries", "press contact label", "en: investors' contact heading"),
    ("Pressekontakt:", "press contact label", "de: contact heading"),
    # a newsletter's footer, as an e-mail brings it
    (
        "You are receiving this email because you signed up for the Morning Briefing.",
        "mail footer",
        "en: why you get it",
    ),
    ("Unsubscribe | Manage preferences | Forward to a friend", "mail footer", "en: footer links"),
    ("View this email in your browser", "mail footer", "en: browser link"),
    ("Newsletter abbestellen", "mail footer", "de: unsubscribe"),
    ("Diese E-Mail im Browser ansehen", "mail footer", "de: browser link"),
    ("Se désabonner", "mail footer", "fr: unsubscribe"),
    ("Darse de baja", "mail footer", "es: unsubscribe"),
    ("You are receiving this because a judge ordered it.", None, "en: a sentence"),
    ("Readers who unsubscribe from the paper say they miss it.", None, "en: a sentence"),
    # share and newsletter prompts
    ("Share this article", "share prompt", "Share this article"),
    ("Share this article on Facebook", "share prompt", "Share on a network"),
    ("Share on Twitter", "share prompt", "Share on Twitter"),
    ("Email this story", "share prompt", "Email this story"),
    ("Print this page", "share prompt", "Print this page"),
    ("Sign up for our newsletter", "newsletter prompt", "newsletter sign-up"),
    ("Subscribe to our daily newsletter!", "newsletter prompt", "subscribe prompt"),
    # follow, contact, furniture, comments, cookies
    ("Follow us on Twitter", "follow prompt", "follow us prompt"),
    ("Follow Jane Doe on X", "follow prompt", "follow the reporter prompt"),
    ("Contact the reporter", "author contact", "contact the reporter"),
    ("Story continues below advertisement", "story continues", "continues below advertisement"),
    ("Listen to this article", "page furniture", "audio player label"),
    ("5 min read", "page furniture", "reading time"),
    ("Most read", "page furniture", "most read box"),
    ("12 comments", "comment count", "comment count"),
    ("Comments (3)", "comment count", "comment count in brackets"),
    ("We use cookies to give you the best experience.", "cookie notice", "cookie notice"),
    ("Facebook Twitter Email", "share prompt", "row of share buttons"),
    ("Facebook | Twitter | WhatsApp", "share prompt", "row of share buttons with bars"),
    # photo credits and captions
    ("Photo: Jane Doe/Reuters", "photo credit", "Photo: credit line"),
    ("Image: Courtesy of the city council", "photo credit", "Image: credit line"),
    (
        "Firefighters near the ridge on Tuesday. (Photo: Ann Poe/AP)",
        "photo caption",
        "caption ending in a bracketed photo credit",
    ),
    (
        "Police stand guard outside the court. REUTERS/Jane Doe",
        "photo caption",
        "caption ending in a Reuters photo credit",
    ),
    ("A rescuer carries a child. AP Photo/John Roe", "photo caption", "caption with AP Photo"),
    ("Support fell, according to an AP/NORC poll.", None, "a poll named with a slash is prose"),
    ("Credit is tight, the central bank said on Monday.", None, "credit as a word is prose"),
    ("Follow the money, investigators said.", None, "follow as a word is prose"),
    # related links
    ("Read more: Why the ferry matters", "related link", "Read more: link"),
    ("Related: Council approves bike lanes", "related link", "Related: link"),
    ("See also: The last ferry", "related link", "See also: link"),
    # copyright
    ("© 2024 Example Media", "copyright", "© line"),
    ("(c) 2024 Example Media", "copyright", "(c) line"),
    ("Copyright 2024 Example Media", "copyright", "Copyright year line"),
    ("Copyright © 2024 Example Media. All rights reserved.", "copyright", "full copyright"),
    ("All rights reserved.", "copyright", "All rights reserved alone"),
    ("Example Media Ltd. All rights reserved", "copyright", "owner then all rights reserved"),
    # sentences that merely mention these words
    ("Reuters reported the deal on Monday.", None, "sentence starting with Reuters"),
    ("The advertisement ran for six weeks on local television.", None, "mentions advertisement"),
    ("Share prices fell sharply on Monday.", None, "Share as a noun"),
    ("Read more about the plan in the council's report.", None, "Read more without a colon"),
    ("Email the author", "author contact", "Email the author is a prompt, not a name"),
    ("Subscribe", None, "Subscribe alone names no newsletter"),
    ("The end of the line came on Tuesday.", None, "sentence starting with The end"),
    ("Endless delays frustrated commuters.", None, "word starting with End"),
    (
        "Copyright law changed in 1998 after a long campaign by publishers to extend "
        "protection for works by another twenty years.",
        None,
        "long prose about copyright law",
    ),
    ("Copyright", None, "the word Copyright alone"),
    (
        "All rights reserved, the lawyer said, were not waived by the company in the long "
        "dispute over the catalogue, which dragged on for years and cost both sides dearly "
        "in fees and in reputation.",
        None,
        "long sentence starting with All rights reserved",
    ),
    # the BBC's pictures
    ("Image source, PA Media", "photo credit", "BBC image credit"),
    ("Image caption,", "caption label", "BBC caption label alone"),
    (
        "Image caption, Fallen trees blocked roads across Northern Ireland",
        "photo caption",
        "BBC caption on the label's line",
    ),
    # a news site's furniture copied with the article
    ("Supported by", "advertisement", "a sponsor's label"),
    ("SKIP ADVERTISEMENT", "advertisement", "a link past an ad"),
    ("Share full article", "share prompt", "share the full article"),
    ("Listen to this article · 4:12 min Learn more", "page furniture", "an audio player's label"),
    (
        "A version of this article appears in print on March 8, 2024, Section A, Page 18 of "
        "the New York edition with the headline: Council Backs Bike Lane Plan.",
        "print edition note",
        "the print edition's note",
    ),
    ("See more on: New York City Council", "tags", "topics after See more on"),
    # tags and related links
    ("Archivado en", "tags label", "El País' tags heading"),
    ("Topics", "tags label", "a topics heading alone"),
    ("Explore more on these topics", "tags label", "the Guardian's topics heading"),
    ("Reuse this content", "page furniture", "a licensing link"),
    ("Mots-clés :", "tags label", "French tags heading"),
    ("Topics: Climate, Energy", "tags", "topics with their items on the line"),
    ("Lire aussi | Crise du logement", "related link", "Lire aussi with a bar"),
    ("Themen der Woche im Überblick", None, "Themen in a longer line is no label"),
    # wire copy: slugs, notes to editors, desk initials, the agencies' notices
    ("BC-US--Storm-Flooding,1st Ld-Writethru", "wire slug", "AP slug with its version"),
    ("BC-EU-Britain-Election", "wire slug", "AP slug without a version"),
    ("BC-Summit", None, "a slug needs a desk code and a keyword"),
    ("PM-Erklärung", None, "a German abbreviation with a hyphen is no slug"),
    ("Eds: UPDATES with governor's comments.", "note to editors", "AP note to editors"),
    ("Eds said the plan was fine.", None, "Eds without its colon is a word"),
    ("jpa/ib", "desk initials", "AFP desk initials"),
    ("bur-ahe/ach/bds", "desk initials", "desk initials with a bureau"),
    ("mrc/dpa/AFP", "desk initials", "an editor's initials and the agencies"),
    ("and/or", None, "and/or is a word, no desk"),
    ("km/h", None, "a unit, no desk"),
    ("JPA/IB", None, "desk initials are in lower case"),
    (
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed without permission.",
        "copyright",
        "the agency's copyright line with its redistribution notice",
    ),
    ("© 2024 AFP. Tous droits réservés.", "copyright", "French rights reserved"),
    ("Alle Rechte vorbehalten.", "copyright", "German rights reserved alone"),
    ("Todos los derechos reservados.", "copyright", "Spanish rights reserved alone"),
    (
        "This material may not be published, broadcast, rewritten or redistributed, the "
        "court said in a ruling that publishers welcomed on Monday.",
        None,
        "a sentence about the notice is prose",
    ),
    # regressions: bugs found and fixed while these tests were written
    (
        'The notice at the bottom of every page read "All rights reserved."',
        None,
        "sentence quoting All rights reserved",
    ),
    (
        "Copyright 2019 filings rose 12 percent, the office said.",
        None,
        "sentence starting with Copyright and a year",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ROWS, ids=[row[-1] for row in ROWS])
def test_match_boilerplate(text, expected, reason):
    found = match_boilerplate(text)
    assert (None if found is None else found[0]) == expected, reason


MATCHES = [row for row in ROWS if not hasattr(row, "marks") and row[1] is not None]


@pytest.mark.parametrize(("text", "expected", "reason"), MATCHES, ids=[row[-1] for row in MATCHES])
def test_every_match_names_its_reason(text, expected, reason):
    found = match_boilerplate(text)
    assert found is not None, reason
    kind, why = found
    assert kind == expected
    assert why.strip(), f"{kind} has no reason to show in inspect"
    assert why != text


@pytest.mark.parametrize(("text", "expected", "reason"), MATCHES, ids=[row[-1] for row in MATCHES])
def test_boilerplate_inside_a_longer_sentence_does_not_match(text, expected, reason):
    sentence = f"The mayor said on Monday that {text[0].lower()}{text[1:]} was not news to him."
    assert match_boilerplate(sentence) is None, reason
