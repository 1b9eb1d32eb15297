"""Lines a page or a wire leaves around an article that are not part of it.

Each entry names a kind of boilerplate, the pattern a whole block must match,
and the reason ``inspect`` shows. Patterns are anchored and short, so a
sentence of the article that merely mentions these words never matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A link to a site's legal or contact page, as a footer lists them.
_LEGAL_LINK = (
    r"(?:impressum|datenschutz(?:erklärung|hinweise)?|privacy(?:\s+policy)?"
    r"|terms(?:\s+of\s+(?:use|service))?|cookie(?:s|\s+policy|-richtlinie)?|kontakt|contact(?:\s+us)?"
    r"|agb|nutzungsbedingungen|mentions\s+légales|aviso\s+legal|sitemap|barrierefreiheit"
    r"|accessibility)"
)

#: A service a page offers to share an article on.
_SERVICE = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|e-mail|telegram|xing"
    r"|微信|微博|qzone|评论)"
)
_SERVICE_SEPARATOR = r"(?:\s*[|·•,/]\s*|\s+)"

#: A link to the previous or next story (``Nächster Artikel``, ``Article précédent``):
#: a whole line of boilerplate, and on a page the end of the article.
PREVIOUS_OR_NEXT = (
    r"(?:(?:vorherige[rs]?|nächste[rs]?)\s+(?:artikel|beitrag|post|meldung)"
    r"|(?:previous|next|prev)\s+(?:article|post|story|entry)"
    r"|article\s+(?:pr[ée]c[ée]dent|suivant)|(?:artículo|entrada|noticia)\s+(?:anterior|siguiente)"
    r"|(?:articolo|post)\s+(?:precedente|successivo)|(?:poprzedni|następny)\s+(?:artykuł|wpis))"
)

#: The label of a page's tags, alone above them or before them on its line.
_TAG_LABEL = (
    r"tags?|topics|themen|schlagw(?:orte|örter)|stichw(?:orte|örter)|mots[-\s]clés|etiquetas"
    r"|temas|tagi|argomenti|onderwerpen"
)

_TABLE: tuple[tuple[str, str, str], ...] = (
    (
        "wire end mark",
        r"reuters?|-+\s*30\s*-+|#{3}|ends?|\(?end\)?",
        "wire service end-of-story mark",
    ),
    (
        "wire slug",
        r"(?-i:BC-[A-Z][A-Za-z]+-[\w-]*(?:,\s*[\w -]{1,40})?)",
        "a wire story's keyword slug and version (BC-US--Storm,1st Ld-Writethru)",
    ),
    (
        "note to editors",
        r"(?-i:Eds|EDS):\s.{1,400}",
        "a wire service's note to editors (Eds: UPDATES with ...), not for publication",
    ),
    (
        "desk initials",
        r"(?!and/or$)(?-i:[a-z]{2,4}(?:-[a-z]{2,4})?"
        r"(?:/(?:[a-z]{2,4}(?:-[a-z]{2,4})?|AFP|AP|Reuters|KNA|ANSA|EFE|APA|SDA))+)",
        "the initials of the editors and agencies behind the story (jpa/ib, mrc/dpa/AFP)",
    ),
    (
        "release label",
        r"(?:for\s+immediate\s+release|(?:press|news|media)\s+release|pressemitteilung"
        r"|pressemeldung|presseinformation|medienmitteilung|communiqué(?:\s+de\s+presse)?"
        r"|nota\s+de\s+prensa|comunicado\s+de\s+prensa|comunicato\s+stampa"
        r"|informacja\s+prasowa|persbericht)\s*:?",
        "a press release's label",
    ),
    (
        "press contact label",
        r"(?:(?:media|press|investor|public\s+relations)\s+(?:contacts?|inquiries|enquiries)"
        r"|pressekontakt|kontakt\s+für\s+die\s+presse|contacts?\s+presse|contacto\s+de\s+prensa"
        r"|contatti\s+stampa|kontakt\s+dla\s+mediów)\s*:?",
        "the heading of a press release's contact details",
    ),
    (
        "advertisement",
        r"(?:(?:skip\s+)?advertisement|advertising|anzeige|werbung|publicité|publicidad"
        r"|pubblicità|reklama|advertentie|supported\s+by)"
        r"(?:\s*[-–—:]?\s*(?:scroll|continue|weiterlesen).{0,40})?",
        "advertisement label",
    ),
    (
        "story continues",
        r"(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after|under)"
        r"(?:\s+(?:this|the))?(?:\s+(?:ad|advert|advertisement|video|image))?",
        "advertisement break",
    ),
    (
        "share prompt",
        r"(?:share|tweet|email|e-mail|print|save|copy\s+link|teilen|artikel\s+teilen|drucken"
        r"|partager|imprimer|compartir|imprimir|condividi|stampa|compartilhar|udostępnij|drukuj"
        r"|mit\s+freunden\s+teilen|auf\s+(?:facebook|twitter|whatsapp)\s+teilen|podziel\s+się"
        r"|(?:e-?)?mail\s+the\s+editor|beitrag\s+teilen)"
        r"(?:\s+(?:this|the))?(?:\s+full)?"
        r"(?:\s+(?:article|story|page|post|link))?"
        r"(?:\s+(?:on|via|to)\s+(?:facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest))?"
        r"|(?:tuitear|twittear|twittern|tweeter|whatsapp|telegram|xing|flipboard|messenger"
        r"|微信|微博|qzone|qq空间|分享到?|打印|评论|纠错|【纠错】"
        r"|enviar(?:\s+por\s+e-?mail)?|envoyer(?:\s+par\s+e-?mail)?|per\s+e-?mail(?:\s+\w+)?|mailen)"
        # a run of services, or a share word before one: ``Condividi Facebook Twitter WhatsApp``
        rf"|(?:share|teilen|partager|compartir|condividi|compartilhar|udostępnij|podziel\s+się"
        rf"|delen|dela)\s*:?\s*{_SERVICE}(?:{_SERVICE_SEPARATOR}{_SERVICE})*"
        rf"|{_SERVICE}(?:{_SERVICE_SEPARATOR}{_SERVICE})+",
        "share prompt",
    ),
    (
        "follow prompt",
        r"follow\s+(?:us|me|the\s+author|[\w.@]+(?:\s+[\w.@]+)?)\s+on\s+"
        r"(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)"
        r"(?:\s+(?:and|or|,)\s+\w+){0,3}(?:\s+@\w+)?",
        "social media follow prompt",
    ),
    (
        "author contact",
        r"(?:email|e-mail|contact|write\s+to)\s+(?:the\s+)?(?:author|reporter|writer)s?"
        r"|(?:more\s+)?(?:articles|stories)\s+by\s+(?:this|the)\s+(?:author|reporter)"
        r"|(?:find|read|see)\s+more\s+(?:posts\s+|articles\s+|stories\s+)?by\s+[^.!?]{1,60}",
        "prompt to contact the author",
    ),
    (
        "newsletter prompt",
        r"(?:sign\s+up|subscribe)\b.{0,60}(?:newsletter|updates|inbox|alerts)\W*"
        r"|(?:newsletter\s+(?:abonnieren|bestellen|anmelden)|jetzt\s+(?:abonnieren|anmelden)"
        r"|s['’]abonner\s+à\s+la\s+newsletter|suscríbete(?:\s+a\s+\w+)?|iscriviti(?:\s+alla\s+newsletter)?"
        r"|zapisz\s+się(?:\s+do\s+newslettera)?)\W*",
        "newsletter sign-up prompt",
    ),
    (
        "mail footer",
        r"(?:you\s+(?:are\s+receiving|received|get)\s+this\s+(?:e-?mail|newsletter|message)\b"
        r"|sie\s+erhalten\s+diese[nm]?\s+(?:e-?mail|newsletter|nachricht)\b"
        r"|vous\s+recevez\s+(?:cet\s+e-?mail|cette\s+newsletter|ce\s+courriel)\b"
        r"|(?:recibes|has\s+recibido|está\s+recibiendo)\s+este\s+(?:correo|e-?mail|boletín)\b"
        r"|(?:ricevi|hai\s+ricevuto)\s+questa\s+(?:e-?mail|newsletter)\b).{0,240}"
        r"|(?:(?:click\s+here\s+to\s+)?unsubscribe|manage\s+(?:your\s+)?(?:e-?mail\s+)?"
        r"(?:preferences|subscriptions?)|update\s+your\s+preferences"
        r"|forward\s+(?:this\s+(?:e-?mail\s+)?)?to\s+a\s+friend"
        r"|(?:view|read|open)\s+(?:this\s+(?:e-?mail|newsletter)\s+)?(?:in|on)\s+(?:your|a|the)\s+"
        r"(?:web\s+)?browser|(?:newsletter\s+)?abbestellen|abmelden"
        r"|(?:diese\s+e-?mail\s+)?im\s+browser\s+(?:ansehen|anzeigen|öffnen)"
        r"|se\s+désabonner|se\s+désinscrire|désinscription|voir\s+(?:la\s+version\s+)?en\s+ligne"
        r"|darse\s+de\s+baja|cancelar\s+(?:la\s+)?suscripción|ver\s+en\s+(?:el|tu)\s+navegador"
        r"|disiscriviti|annulla\s+l['’]iscrizione|visualizza\s+nel\s+browser)"
        r"(?:\s*[|·•]\s*[^|·•]{1,40}){0,6}",
        "a newsletter's footer (why you get it, unsubscribe, preferences)",
    ),
    (
        "related link",
        r"(?:read\s+more|related|see\s+also|recommended|more\s+on\s+this\s+story|"
        r"read\s+next|most\s+read|you\s+may\s+also\s+like|more\s+from\s+\w+(?:\s+\w+)?|"
        r"lesen\s+sie\s+(?:auch|mehr)|lies\s+auch|mehr\s+zum\s+thema|siehe\s+auch|weiterlesen|"
        r"(?:à\s+)?lire\s+aussi|voir\s+aussi|lee\s+también|leer\s+más|te\s+puede\s+interesar|"
        r"leggi\s+anche|vedi\s+anche|leia\s+também|veja\s+também|czytaj\s+(?:też|także)|"
        r"zobacz\s+(?:też|także)|przeczytaj\s+(?:też|także)|puedes\s+ver|dowiedz\s+się\s+więcej"
        r"|lees\s+(?:ook|meer)"
        r"|czytaj\s+więcej|en\s+savoir\s+plus)"
        r"\s*[:|].{0,200}",
        "link to another story",
    ),
    (
        "print edition note",
        r"(?:a\s+version\s+of\s+this\s+(?:article|story|review)\s+appear(?:s|ed)\s+in\s+print"
        r"|this\s+(?:article|story)\s+(?:appeared|was\s+published)\s+in\s+(?:the\s+)?print)"
        r"\b[^\n]{0,400}",
        "a note on the printed edition the article appeared in",
    ),
    (
        "tags label",
        rf"(?:{_TAG_LABEL}|related\s+topics|(?:explore\s+)?more\s+on\s+th(?:ese|is)\s+topics?"
        r"|archivado\s+en)\s*:?",
        "the heading of the article's tags or topics (links to pages of other stories)",
    ),
    (
        "related heading",
        r"(?:siehe\s+auch|see\s+also|related(?:\s+(?:stories|articles|posts|content|links))?"
        r"|weitere\s+informationen|mehr\s+(?:zum\s+thema|infos?|informationen)|artikel\s+zum\s+thema"
        r"|noch\s+mehr\s+infos?(?:\s+für\s+(?:dich|sie))?|more\s+on\s+this(?:\s+story)?|read\s+more"
        r"|dowiedz\s+się\s+więcej|czytaj\s+więcej|leer\s+más|en\s+savoir\s+plus|más\s+información"
        r"|saiba\s+mais|per\s+saperne\s+di\s+più|mehr\s+zu(?:m|r)?\s+[^.!?:]{1,40}"
        r"|weitere\s+(?:beiträge|artikel|meldungen|nachrichten|themen)(?:\s+[^.!?:\s]+){0,4}\s*:)",
        "heading of links to other stories",
    ),
    (
        "page furniture",
        r"(?:most\s+(?:read|popular|viewed)|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|"
        r"listen\s+to\s+this\s+(?:article|story)(?:\s*[·•|-]?\s*[\d:]+\s*min(?:utes?|s)?)?"
        r"(?:\s+learn\s+more)?|"
        r"\d+\s*min(?:ute)?s?\s+read|reading\s+time\s*:?\s*\d+\s*min(?:utes?)?|"
        r"skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|reuse\s+this\s+content|click\s+here\s+to\s+\w+(?:\s+\w+){0,6}"
        r"|(?:lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura)\s*:?\s*\d+\s*min"
        r"(?:\.|uten)?"
        r"|ten\s+tekst\s+przeczytasz\s+w\s+.{1,30}|merken(?:\s*\(\d+\s+\w+\))?"
        r"|(?:(?:alle\s+)?(?:bild(?:er)?|foto)\s+(?:anzeigen|schließen|vergrößern)\s*){1,3}|show\s+image)",
        "page navigation or furniture",
    ),
    (
        "relative time",
        r"(?:(?:last\s+)?(?:updated|posted|published|aktualisiert|veröffentlicht|mis\s+à\s+jour"
        r"|actualizado|aggiornato|zaktualizowano)\s*:?\s*)?"
        r"(?:(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago"
        r"|vor\s+(?:\d+|einer?)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?)"
        r"|il\s+y\s+a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?)"
        r"|hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?)"
        r"|\d+\s+(?:secondi|minuti|ore|giorni)\s+fa|\d+\s+(?:minut[ay]?|godzin[ay]?|dni)\s+temu"
        r"|just\s+now|gerade\s+eben)",
        "a time relative to when the page was read, not a date",
    ),
    (
        "comment count",
        r"\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?)"
        r"|(?:comments?|kommentare?|commentaires?|comentarios|commenti|komentarze)\s*\(\d+\)"
        r"|(?:view|show|read)\s+(?:all\s+)?\d*\s*comments?|kommentieren|kommentar\s+schreiben"
        # a blog's heading over its comments: ``142 Antworten zu …``, ``3 thoughts on …``
        r"|(?:\d+|one|ein(?:e)?)\s+(?:antworten?|kommentare?|responses?|replies|comments?|thoughts?)"
        r"\s+(?:zu|on|to|auf|für|for)\s+.{1,200}",
        "comment count or link",
    ),
    (
        "call to action",
        r"(?:your\s+email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked"
        r"|receive\s+our\s+.{0,40}newsletter|do\s+you\s+want\s+to\s+be\s+informed|get\s+the\s+latest\s+updates"
        r"|never\s+miss\s+(?:the|a|an)\b|to\s+view\s+the\s+full\s+story|if\s+you['’]re\s+seeing\s+this\s+message"
        r"|support\s+(?:our|independent)\s+journalism|(?:please\s+)?log\s?in\s+to\s+comment"
        r"|bitte\s+loggen\s+sie\s+sich|jetzt\s+registrieren|registrieren\s+sie\s+sich|werden\s+sie\s+mitglied"
        r"|(?:gefällt\s+ihnen|hat\s+ihnen)\s+(?:dieser|der)\s+artikel|dir\s+hat\s+der\s+artikel\s+gefallen"
        r"|ihr\s+beitrag\s+hilft|unterstützen\s+sie\s+(?:uns|unseren)|unterstütze\s+\w+\s+(?:bereits|schon|mit)"
        r"|zurück\s+zur\s+startseite|zur\s+startseite"
        r"|(?:auch|bitte)\s+lesen\s*:|lesen\s+sie\s+auch|(?:le|te)\s+puede\s+interesar|lea\s+también"
        r"|leia\s+também|ne\s+manquez\s+pas|abonnez-vous|inscrivez-vous|suscríbete|iscriviti|zapisz\s+się"
        # a form's consent and required fields, a paywall's offer
        r"|mit\s+(?:dem\s+)?absenden\b"
        r"|by\s+(?:clicking|subscribing|signing\s+up|submitting)\b.{0,120}\b(?:you|i)\s+(?:agree|accept|consent)"
        r"|(?:\S+\s+)?\*\s*(?:mandatory|required)\s+fields?|\*\s*pflichtfeld(?:er)?"
        r"|(?:instant|immediate)\s+(?:online\s+)?access\s+to|subscription\s+will\s+auto)"
        r".{0,300}",
        "call to action (subscribe, register, read also, comment)",
    ),
    (
        "affiliate disclosure",
        r"(?:note:\s+)?(?:we\s+(?:independently\s+)?(?:research|test|review|recommend)\b.{0,200}"
        r"(?:advertisers?|affiliate|commission|compensation)\b"
        r"|(?:this|our)\s+(?:web)?(?:site|article|post|page)\s+(?:participates|contains"
        r"|includes|may\s+contain)\b.{0,80}(?:associates?\s+program|affiliate|commission|compensation)"
        r"|(?:the\s+)?advertising\s+(?:disclosure|disclaimer)|affiliate\s+(?:disclosure|links?)"
        r"|we\s+(?:may\s+)?(?:receive|earn)\s+(?:compensation|a\s+(?:small\s+)?commission)"
        r"|\*?\s*(?:werbelinks?|provisions-?links?|affiliate-links?)\b).{0,800}",
        "disclosure of paid links",
    ),
    (
        "disclaimer",
        r"[━─—–-]*\s*(?:disclaimer|haftungsausschluss|avertissement|descargo\s+de\s+responsabilidad"
        r"|esclusione\s+di\s+responsabilità|zastrzeżenie)\s*(?:\([^()]{1,80}\))?\s*:.{0,1500}",
        "the site's disclaimer",
    ),
    (
        "previous or next story",
        rf"{PREVIOUS_OR_NEXT}(?:\s*[:»›>|-]?\s+.{{1,300}})?",
        "link to the previous or next story",
    ),
    (
        "contact details",
        r"(?:tel(?:efon)?|phone|fon|fax|mobil|mobile|handy|téléphone|teléfono|telefono)\.?\s*:?\s*"
        r"\+?[\d()][\d\s()/.-]{5,24}\d"
        r"|(?:e-?mail|courriel|correo)\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
        "a telephone number or e-mail address of the site's contact",
    ),
    (
        "table of contents",
        r"inhaltsverzeichnis|inhalt|table\s+of\s+contents|contents|sommaire|índice|indice|spis\s+treści",
        "the page's table of contents",
    ),
    (
        "shop furniture",
        r"lieferzeit\s*:.{0,40}|in\s+den\s+warenkorb|inkl\.\s+(?:mwst|ust)\.?.{0,40}"
        r"|zzgl\.\s+versand.{0,40}|add\s+to\s+(?:cart|basket)|\(?alle\s+angaben\s+ohne\s+gewähr\)?"
        r"|empfohlener\s+redaktioneller\s+inhalt|externer\s+inhalt|external\s+content",
        "shop, disclaimer or embedded-content label",
    ),
    (
        "legal links",
        rf"{_LEGAL_LINK}(?:\s*[|·•/,]\s*{_LEGAL_LINK})+",
        "the site's legal and contact links",
    ),
    (
        "sign-up button",
        r"jetzt\s+(?:\S+\s+){0,6}(?:anmelden|registrieren|abonnieren|testen|bestellen|sichern"
        r"|herunterladen)|(?:\S+\s+){0,4}(?:kostenlos|kostenfrei|gratis)\s+(?:testen|anmelden"
        r"|registrieren|herunterladen|downloaden|bestellen)",
        "button asking to sign up, order or try",
    ),
    (
        "tags",
        rf"(?:{_TAG_LABEL}|keywords?|kategorien?|categor(?:y|ies|ía|ias|ie)|rubriken?|catégories?"
        r"|see\s+more\s+on)"
        r"\s*:\s*.{1,300}|(?:filed|abgelegt)\s+(?:under|unter)\s+.{1,300}",
        "tags, keywords or categories of the page",
    ),
    (
        "cookie notice",
        r"(?:this\s+(?:web)?site|we)\s+uses?\s+cookies\b.{0,300}|accept\s+(?:all\s+)?cookies"
        r"|(?:diese\s+(?:web)?seite|ce\s+site|este\s+sitio(?:\s+web)?|este\s+site|questo\s+sito"
        r"|ta\s+strona(?:\s+internetowa)?)\s+(?:verwendet|nutzt|utilise|utiliza|usa|utilizza|używa"
        r"|wykorzystuje)\s+(?:des\s+|i\s+|pliki?\s+|plików\s+)?cookies?\b.{0,400}"
        # a site's own notice, in the first person: never a sentence about cookies
        r"|(?:wir\s+(?:verwenden|nutzen|setzen)|we\s+use|utilizamos|usamos|korzystamy\s+z"
        r"|nous\s+utilisons|utilizziamo|usiamo)\b.{0,80}\bcookies?\b.{0,300}",
        "cookie notice",
    ),
    (
        "photo credit",
        r"(?:photo|photograph|image|picture|foto|bild|credit|photo\s+credit|crédito|crédit|"
        r"fotos?|zdjęcie|illustration|quelle|bildquelle|source|fuente|fonte|źródło)s?\s*:\s*.{1,120}"
        r"|\(\s*(?:crédito|foto|bild|photo)\s*:.{1,100}\)"
        r"|(?:image|media|video)\s+source\s*,\s*.{1,120}"
        r"|(?:photo|image|picture|foto)\s+(?:by|von|de|di)\s+.{1,60}?\s+(?:on|auf|sur|en|su)\s+"
        r"(?:unsplash|pexels|pixabay|flickr|wikimedia(?:\s+commons)?)",
        "photo or image credit",
    ),
    (
        "caption label",
        r"(?:image|media|video)\s+caption\s*[,:]?",
        "the label of the caption under it",
    ),
    (
        "photo caption",
        r"(?:image|media|video)\s+caption\s*[,:]\s*.{1,400}"
        r"|.{10,400}?(?:\(\s*(?:photo|image|picture|credit|foto|bild)s?\s*:?[^()]{1,80}\)"
        r"|\bphotograph:\s*[^.]{1,80}"
        r"|[.!?][\"”’»]?\s+(?:photo|foto|bild|image|crédito|crédit|zdjęcie)s?\s*:\s*[^.]{1,80}"
        r"|[.!?][\"”’]?\s*(?:[|/]\s*)?\(?(?-i:(?:REUTERS|Reuters|AP Photo|AFP|EPA|Getty Images)"
        r"(?:/[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})?)\)?)",
        "photo caption with its credit",
    ),
)

_PATTERNS = tuple(
    (name, re.compile(rf"(?:{pattern})\s*[.!]?", re.IGNORECASE), reason)
    for name, pattern, reason in _TABLE
)


_BULLET = re.compile(r"^[•·▪◦□■●○‣►*-]\s+")
_COPYRIGHT_START = re.compile(r"^(?:©|\(c\)\s|copyright\b\s*(?:©|\(c\))?)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_RIGHTS_RESERVED = re.compile(
    r"\b(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés"
    r"|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati"
    r"|todos\s+os\s+direitos\s+reservados|alle\s+rechten\s+voorbehouden"
    r"|wszelkie\s+prawa\s+zastrzeżone)\b",
    re.IGNORECASE,
)
#: The agencies' notice after their copyright: ``This material may not be published,
#: broadcast, rewritten or redistributed (without permission).``
_REDISTRIBUTION_NOTICE = re.compile(
    r"\s*(?:this|the)\s+(?:material|article|content|story)\s+may\s+not\s+be\s+"
    r"(?:published|reproduced|copied|broadcast|rewritten|redistributed|distributed)\b"
    r"[\w\s,]{0,120}\.?$",
    re.IGNORECASE,
)
#: A copyright line has at most this many words.
MAX_COPYRIGHT_WORDS = 16


def is_copyright_line(text: str) -> bool:
    """``© 2024 Example Media``, ``Copyright 2013 Reuters. All rights reserved.``,
    ``Tous droits réservés``; an agency's notice after it (``This material may not be
    published, broadcast, rewritten or redistributed.``) does not count.

    A short line that opens with a copyright sign; or opens with the word
    Copyright and gives a year, or ends saying "All rights reserved", and
    otherwise holds only names, years and such (no lower-case words beyond a few small ones), so a
    sentence about copyright is kept.
    """
    text = _REDISTRIBUTION_NOTICE.sub("", text)
    if len(text.split(maxsplit=MAX_COPYRIGHT_WORDS)) > MAX_COPYRIGHT_WORDS:
        return False  # more words than that (only those are split off)
    if text.startswith(("©", "(c) ", "(C) ")):
        return True
    start = _COPYRIGHT_START.match(text)
    rest = _RIGHTS_RESERVED.sub("", text[start.end() :] if start else text)
    if not _RIGHTS_RESERVED.search(text[-30:]) and not (start and _YEAR.search(rest)):
        return False
    lower = [
        word for word in rest.split() if word[:1].islower() and word.strip(".,") not in _SMALL_WORDS
    ]
    return not lower and not any(quote in text for quote in '"“”„«»')


_SMALL_WORDS = frozenset(
    {"by", "and", "of", "the", "for", "und", "de", "la", "le", "du", "des", "y", "e"}
)


@lru_cache(maxsize=4096)
def match_boilerplate(text: str) -> tuple[str, str] | None:
    """The (kind, reason) of the boilerplate ``text`` is, or None.

    A list bullet in front (``• Teilen``) does not hide it. Cached: on a whole
    page the same block is asked about several times.
    """
    text = _BULLET.sub("", text)
    for name, pattern, reason in _PATTERNS:
        if pattern.fullmatch(text):
            return name, reason
    if is_copyright_line(text):
        return "copyright", "copyright line"
    return None
