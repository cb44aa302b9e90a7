# ההודעות של kb בעברית. כל מזהה כאן נמצא גם ב־locales/en/kb.ftl (בדיקה מוודאת זאת).
# הארגומנטים: $key, $path וכו' הם מילים ונתיבים כפי שנכתבו; $count בוחר את צורת הרבים.

## איך מוצגת בעיה

label-error = שגיאה
label-warning = אזהרה
label-hint = מה לעשות
build-failed = { $count ->
    [one] נמצאה בעיה אחת; שום דבר לא נכתב.
   *[other] נמצאו { $count } בעיות; שום דבר לא נכתב.
}
build-failed-warned = { $count ->
    [one] נמצאה שגיאה אחת (ועוד { $warnings }); שום דבר לא נכתב.
   *[other] נמצאו { $count } שגיאות (ועוד { $warnings }); שום דבר לא נכתב.
}
did-you-mean = אולי התכוונתם ל־`{ $name }`?
one-of = האפשרויות הן: { $names }
count-pages = { $count ->
    [one] עמוד אחד
   *[other] { $count } עמודים
}
count-files = { $count ->
    [one] קובץ אחד
   *[other] { $count } קבצים
}
count-items = { $count ->
    [one] פריט אחד
   *[other] { $count } פריטים
}
count-errors = { $count ->
    [one] שגיאה אחת
   *[other] { $count } שגיאות
}
count-warnings = { $count ->
    [one] אזהרה אחת
   *[other] { $count } אזהרות
}

## קבצים ותיקיות

not-utf8 = הקובץ לא שמור בקידוד UTF-8
not-utf8-hint = שמרו את הקובץ בקידוד UTF-8 (ברוב העורכים: „שמירה בשם”, ובה „קידוד: UTF-8”)
file-unreadable = אי אפשר לקרוא את הקובץ: { $error }
config-unreadable = אי אפשר לקרוא את קובץ ההגדרות של האתר: { $error }
config-unreadable-hint = האם { $dir } היא תיקייה של אתר kb? צריך להיות בה קובץ config.toml
no-content = לאתר אין תיקיית content/
no-content-hint = צרו בה קבצים בצורה content/<סוג>/<שם>.md, למשל content/articles/first.md
unknown-type-folder = התיקייה `{ $key }` אינה אחד מסוגי התוכן של האתר
unknown-type-folder-hint = { $suggestion }; או הוסיפו ל־config.toml טבלה [types.{ $key }] עם name ו־plural
misplaced-markdown = קובץ ה־Markdown הזה לא נמצא במקום שבו kb מחפש פריטים
misplaced-markdown-hint = פריטים נשמרים ב־content/<סוג>/<שם>.md או ב־content/<סוג>/<שם>/index.md, ועמודים ב־content/<שם>.md
url-taken = הכתובת { $url } כבר שייכת ל־{ $other }
url-taken-hint = לשני פריטים מאותו סוג, או לשני עמודים, אין כתובת משותפת: שנו את שם אחד הקבצים או כתבו בו `slug = "..."`
alias-bad = אי אפשר לכתוב את הכתובת הישנה { $alias }: { $why }
alias-bad-hint = כתבו את הכתובת הישנה כנתיב באתר, כפי שהופיעה אחרי שם המתחם: `aliases = ["/old/path/"]`
alias-not-site-path = היא לא מתחילה בלוכסן אחד (/)
alias-query = יש בה ? או #, ושרת לעולם לא מחפש אותם כקובץ
alias-not-utf8 = הבתים המקודדים ב־% שבה אינם טקסט UTF-8
alias-taken = הכתובת הישנה { $alias } היא גם הכתובת של { $other }
alias-taken-hint = כתובת ישנה יכולה להוביל לעמוד אחד בלבד: הסירו אותה מה־`aliases` של אחד מהם
alias-generated = הכתובת הישנה { $alias } היא כתובת של עמוד ש־kb כותב בעצמו (רשימה, תגית, חיפוש, הפיד...)
link-loops = הקישור הסמלי הזה מוביל במעגל: הוא מפנה חזרה אל { $ancestor }, התיקייה שמכילה אותו
link-loops-hint = הפנו את הקישור לתיקייה שמחוץ לתיקייה שלו, או מחקו אותו
link-dangles = הקישור הסמלי הזה לא מוביל לשום מקום: היעד שלו לא קיים
link-dangles-hint = הפנו את הקישור לקובץ או לתיקייה שקיימים, או מחקו אותו
link-outside = הקישור הסמלי הזה מוביל אל { $target }, מחוץ לתיקיית האתר, ו־kb לא קורא משם (כך קובץ של מישהו אחר לא יפורסם באתר)
link-outside-hint = העתיקו את הקובץ אל תוך האתר במקום הקישור, או, אם התיקייה הזאת שלכם ובטוחה, הוסיפו אותה ל־config.toml: [security] ואחריה allow_links_to = ["<התיקייה>"]
not-a-file = זה לא קובץ רגיל (אלא צינור, התקן או שקע), ו־kb לא קורא ממנו
not-a-file-hint = מחקו אותו מתיקיית האתר, או שימו במקומו קובץ רגיל
hidden-markdown = הקובץ מתחיל בנקודה, ולכן kb מדלג עליו והוא לא יופיע באתר
hidden-markdown-hint = כדי לפרסם אותו, הסירו את הנקודה מתחילת השם; קבצים שמתחילים בנקודה נשארים מחוץ לאתר

## config.toml

type-key-reserved = המפתח `{ $key }` תפוס: בכתובת /{ $key }/ נמצאים עמודים ש־kb יוצר בעצמו
type-key-reserved-hint = בחרו מפתח אחר, למשל `{ $key }-list`, ושנו בהתאם את שם התיקייה content/{ $key }/
bad-type-key = המפתח של סוג התוכן `{ $key }` לא יכול להיות חלק מכתובת
bad-tag-key = המפתח של התגית `{ $key }` לא יכול להיות חלק מכתובת
bad-key-hint = כתבו אותו באותיות אנגליות קטנות, ספרות ומקפים, למשל `trust-building`; השם בעברית נכתב ב־`name`
base-url-relative = הכתובת `{ $url }` שב־base_url אינה כתובת מלאה
base-url-relative-hint = כתבו את הכתובת שתהיה לאתר, למשל base_url = "https://kb.example.org"
base-url-override-relative = הכתובת `{ $url }` שניתנה ב־--base-url אינה כתובת מלאה
base-url-override-relative-hint = תנו את הכתובת שתהיה לבנייה הזו, למשל:
    --base-url https://kb.example.org/
base-url-bad = הכתובת ב־base_url (`{ $url }`) לא יכולה להיות הכתובת של האתר: { $why }
base-url-override-bad = הכתובת שניתנה ב־--base-url (`{ $url }`) לא יכולה להיות הכתובת של האתר: { $why }
url-why-query = יש בה ? או #, וכתובת של אתר היא תיקייה שכל קישור מתחיל בה
url-why-chars = יש בה רווח, לוכסן הפוך (\) או תו בלתי נראה, ודפדפן היה הולך בגללם למקום אחר
url-why-dots = יש בנתיב שלה תיקייה . או ..
url-why-host = אין בה שם של שרת, או שיש בה @ לפניו
og-image-bad = התמונה לתצוגה המקדימה של קישורים (og_image = "{ $url }") צריכה להיות נתיב באתר או כתובת מלאה
og-image-bad-hint = כתבו למשל og_image = "/images/share.png" (קובץ static/images/share.png) או og_image = "https://example.org/share.png"
menu-bad-characters = הכתובת של קישור התפריט (`{ $url }`) לא תקינה: { $why }
paginate-zero = הערך של paginate_by צריך להיות 1 לפחות
paginate-zero-hint = כתבו כמה פריטים יוצגו בכל עמוד של רשימה, למשל paginate_by = 20
language-unknown = `{ $value }` אינו קוד של שפה, ו־kb לא יודע אם להציג את האתר מימין לשמאל
language-unknown-hint = כתבו את הקוד של השפה:
    language = "{ $code }"
language-table-bad = [languages.{ $code }] לא יכולה להיות שפה של האתר: זה לא קוד של שפה, או שזו שפת ברירת המחדל `{ $default }`
language-table-bad-hint = כתבו כל שפה נוספת לפי הקוד שלה, למשל [languages.ar] או [languages.en]; המילים של שפת ברירת המחדל נשארות בראש `config.toml`
language-unknown-type = ב־[languages.{ $code }] מופיע הסוג `{ $key }`, שלא מוגדר באתר
language-unknown-tag = ב־[languages.{ $code }] מופיעה התגית `{ $key }`, שלא מוגדרת באתר
language-unknown-key-hint = כל שפה נותנת שמות משלה לסוגים ולתגיות של האתר: הגדירו קודם את המפתח תחת [types] או [tags], או תקנו את האיות שלו
statement-needs = בהצהרת הנגישות חסר `{ $key }`
statement-needs-hint = הוסיפו אותו מתחת ל־[accessibility], למשל { $key } = { $example }
last-review-not-date = `last_review` אינו תאריך: { $value }
last-review-not-date-hint = כתבו את יום הבדיקה האחרונה כך: last_review = 2025-01-31
statement-email = בכתובת הדוא״ל של רכז או רכזת הנגישות (`email`) אין @
statement-email-hint = כתבו את הכתובת שאליה הקוראים יפנו, למשל `email = "access@example.org"`
menu-no-name = לקישור בתפריט אין שם
menu-no-name-hint = כתבו את המילים שהקוראים יראו, למשל name = "מי אנחנו"
menu-bad-url = הקישור בתפריט `{ $url }` לא מוביל לשום מקום ש־kb מכיר
menu-bad-url-hint = כתבו קובץ מתוך content/ כמו `url = "@/about.md"`, נתיב באתר כמו `url = "/tags/"`, או כתובת מלאה כמו `url = "https://example.org"`
theme-missing = ערכת העיצוב `{ $name }` לא נמצאת ב־themes/{ $name }/
theme-missing-hint = מחקו את השורה `theme` כדי להשתמש בעיצוב המובנה של kb, או הוסיפו את תיקיית העיצוב
no-statement = לאתר אין הצהרת נגישות
no-statement-hint = החוק בישראל מחייב ארגון שנותן שירות לציבור לפרסם הצהרה כזאת: הוסיפו ל־config.toml טבלה [accessibility] עם `organization`, `coordinator`, `phone` או `email` ו־`last_review` (ראו docs/guide.he.md), ו־kb יפרסם אותה בכתובת /accessibility/; או כתבו הצהרה משלכם ב־content/accessibility.md

## כותרת הקובץ (front matter)

front-matter-missing = הקובץ לא מתחיל בכותרת: השורות שבין `+++` ל־`+++` בראש הקובץ
front-matter-missing-hint = התחילו את הקובץ בשורה `+++`, אחריה `title = "..."` ו־`date = 2024-01-31`, ואחריהן עוד שורה `+++`
front-matter-open = הכותרת של הקובץ נפתחת בשורה 1 בשורת `+++` ולא נסגרת
front-matter-open-hint = הוסיפו שורה של `+++` לבדה אחרי השורה { $last }, השורה האחרונה של הכותרת
front-matter-yaml = הכותרת של הקובץ כתובה ב־YAML (בין שורות ---), ו־kb קורא TOML בין שורות +++
front-matter-yaml-hint = כתבו אותה כך:
    { $toml }
language-name = `{ $value }` הוא השם של השפה ולא הקוד שלה; kb קורא אותו כ־`{ $code }`
tag-key-hint = מפתח של תגית נכתב באותיות לטיניות, והשם בעברית נכתב ב־name; למשל:
    { $block }
quote-curly = בערך של `{ $key }` יש מירכאות מעוצבות (“ ” „), כמו שמעבד תמלילים כותב, ו־kb מכיר רק מירכאות רגילות
quote-curly-hint = כתבו את השורה במירכאות רגילות:
    { $fixed }
table-key-hebrew = בכותרת הטבלה `{ $header }` יש אותיות עבריות בלי מירכאות
table-key-hebrew-hint = מפתח נכתב באותיות לטיניות, ספרות ומקפים, והשם בעברית נכתב בתוך הטבלה
unknown-key = `{ $key }` אינו אחד המפתחות ש־kb מכיר
quote-in-word = בערך של `{ $key }` יש מירכאות באמצע מילה, והן סוגרות את הטקסט לפני הזמן
quote-in-word-hint = כתבו במקומן גרשיים עבריים ״, או הקיפו את כל הערך בגרש בודד:
    { $fixed }
    { $single }
date-format = התאריך ב־`{ $key }` לא כתוב בצורה שנה-חודש-יום: { $value }
date-format-hint = כתבו את התאריך כך ({ $spelled }):
    { $fixed }
date-invalid = התאריך ב־`{ $key }` לא קיים בלוח השנה: { $value }
date-example-hint = כתבו את התאריך בצורה שנה-חודש-יום, למשל `{ $key } = 2024-03-10`
wrong-type = הערך של `{ $key }` אינו מהסוג הנכון
wrong-type-hint = כתבו אותו כך: { $fixed }
toml-syntax = השורה הזאת לא כתובה בצורה ש־kb קורא: כל שורה היא מפתח = ערך
toml-syntax-hint = טקסט נכתב בין מירכאות, למשל title = "מיפוי שותפים"; תאריך בלי מירכאות, למשל date = 2024-03-10
item-no-title = לפריט אין כותרת
item-no-title-hint = הוסיפו לכותרת הקובץ שורה כמו `title = "מיפוי שותפים"`
item-no-date = לפריט אין תאריך
item-no-date-hint = הוסיפו לכותרת הקובץ שורה כזאת (שנה-חודש-יום):
    date = 2024-03-10
unknown-tag = אין באתר תגית `{ $tag }`
unknown-tag-hint = { $suggestion }; התגיות מוגדרות ב־[tags] בקובץ config.toml
tag-by-name-hint = „{ $name }” הוא שם התגית; ב־tags = [...] כותבים את המפתח שלה: "{ $key }"
video-not-video = `{ $url }` אינה כתובת של סרטון ב־YouTube או ב־Vimeo
video-not-video-hint = הדביקו קישור כמו https://www.youtube.com/watch?v=VIDEO_ID או https://vimeo.com/123456
bad-slug = `{ $slug }` לא יכול להיות חלק מכתובת
bad-slug-hint = כתבו אותו באותיות אנגליות קטנות, ספרות ומקפים, בשם הקובץ או ב־`slug = "..."`
page-no-title = לעמוד אין כותרת
page-no-title-hint = הוסיפו לכותרת הקובץ שורה כמו `title = "מי אנחנו"`
page-takes-listing = העמוד היה תופס את הכתובת /{ $slug }/, שבה kb מציג את הרשימה של { $slug }
page-takes-listing-hint = שנו את שם הקובץ או כתבו בו `slug = "..."` אחר
page-item-key-hint = עמוד (קובץ שנמצא ישירות ב־content/) לא מופיע באף רשימה ואין לו `{ $key }`; כדי שיהיה פריט, העבירו אותו ל־content/<סוג>/

## קישורים והטמעות

link-broken = קישור שבור: @/{ $target } לא קיים
link-did-you-mean = אולי התכוונתם ל־@/{ $target }? קישור נותן את שם הקובץ בתוך content/, למשל @/articles/backbone-roles.md
link-hint = קישור נותן את שם הקובץ בתוך content/, למשל @/articles/backbone-roles.md
anchor-broken = קישור שבור: ב־@/{ $target } אין כותרת שהמזהה שלה `{ $anchor }`
iframe-blocked = ה־<iframe> הזה יישאר ריק: מדיניות האבטחה של העמודים חוסמת מסגרות מ־{ $src }
iframe-blocked-inline = ה־<iframe> הזה יישאר ריק: מדיניות האבטחה של העמודים חוסמת מסגרות שנכתבות בתוך העמוד
iframe-video-hint = במקום קוד ההטמעה, כתבו את כתובת הסרטון לבדה בשורה: { $url }
iframe-other-hint = אפשר להטמיע רק סרטונים מ־YouTube ומ־Vimeo: כתבו את כתובת הסרטון לבדה בשורה; לכל דבר אחר, קשרו אליו
script-blocked = ה־<script> הזה לא ירוץ: מדיניות האבטחה של העמודים חוסמת סקריפטים מ־{ $src }
script-blocked-inline = ה־<script> הזה לא ירוץ: מדיניות האבטחה של העמודים חוסמת סקריפטים שנכתבים בתוך העמוד
script-blocked-hint = לסרטון, כתבו את הכתובת שלו ב־YouTube או ב־Vimeo לבדה בשורה; לטופס, למפה או לרכיב אחר, קשרו אליו
html-removed-tag = ה־<{ $tag }> הוצא מהעמוד: kb לא מכניס אותו לתוכן
html-removed-attribute = המאפיין { $attribute } של <{ $tag }> הוצא מהעמוד
html-removed-address = הכתובת { $address } של <{ $tag }> הוצאה מהעמוד: היא לא כתובת של דף, של אתר, של דוא״ל או של טלפון
html-removed-hint = kb מכניס לתוכן רק HTML שאינו מריץ קוד ואינו משנה את העמוד מסביב; כתבו את זה ב־Markdown, או, אם כל הכותבים באתר מהימנים, כתבו ב־config.toml: [security] ואחריה trust_html = true
html-unclosed-comment = הערה שנפתחת ב־<!-- ולא נסגרת מסתירה את כל מה שאחריה
html-unclosed-comment-hint = סגרו את ההערה ב־--> או מחקו את <!--
markdown-removed-address = הכתובת { $address } הוצאה מהקישור: היא לא כתובת של דף, של אתר, של דוא״ל או של טלפון
markdown-removed-address-hint = קשרו לדף באתר (@/articles/x.md), לכתובת https://…, ל־`mailto:` או ל־`tel:`
heading-attributes-removed = המאפיינים { $attributes } של הכותרת הוצאו מהעמוד: לכותרת אפשר לתת רק מזהה (#מזהה) ומחלקות (.מחלקה)
heading-attributes-removed-hint = כתבו למשל ## כותרת {"{"}#מזהה .מחלקה{"}"}
script-blocked-content = ה־<script> הזה היה רץ אצל כל מי שקורא את העמוד: kb לא מכניס סקריפטים לתוכן

## התוצאה

copy-replaces = הקובץ הזה היה מחליף את { $path } ש־kb יוצר
copy-replaces-page = הקובץ הזה היה מחליף את { $path } ש־kb יוצר (עמוד באתר)
copy-replaces-marker = הקובץ הזה היה מחליף את { $path } ש־kb יוצר (הרשימה של הקבצים ש־kb כתב)
copy-replaces-search = הקובץ הזה היה מחליף את { $path } ש־kb יוצר (כל מה שתחת search/ הוא של kb)
copy-into-git = kb אף פעם לא כותב לתוך .git/, המאגר של התוצאה
path-empty-segment = בנתיב של הקובץ יש שם ריק (שני לוכסנים ברצף או לוכסן בסוף)
path-absolute = הנתיב מתחיל בשורש הדיסק, מחוץ לתיקיית הפלט
path-dots = בנתיב יש קטע "." או "..", שמוביל אל מחוץ לתיקייה שלו
path-backslash = בשם הקובץ יש לוכסן הפוך (\), שב־Windows ובשרתים מסוימים מוביל אל מחוץ לתיקייה
path-control = בשם הקובץ יש תו בלתי נראה ({ $code })
path-windows-char = בשם הקובץ יש את התו { $char }, ש־Windows לא מרשה בשמות קבצים
path-device = השם { $name } שמור ב־Windows להתקנים, ואי אפשר ליצור קובץ בשם הזה
path-trailing-dot = השם { $name } מסתיים בנקודה או ברווח, ש־Windows מוחק בלי לומר
path-hint = שנו את שם הקובץ לשם של אותיות, ספרות ומקפים, עם נקודה רק לפני הסיומת (למשל map-2024.png); kb לא כתב דבר
copy-clash-hint = שנו את השם של { $source } או מחקו אותו: את { $path } kb כותב בעצמו
copy-twice = הקובץ הזה והקובץ { $other } היו נכתבים שניהם אל { $path }
copy-twice-hint = שנו את השם של אחד מהם או מחקו אותו
copy-is-folder = הקובץ הזה נמצא במקום שבו kb כותב תיקייה (יש בה את { $inside })
copy-inside-file = הקובץ הזה היה נכנס לתוך { $file }, ש־kb כותב כקובץ
copy-move-hint = שנו את השם של { $source } או העבירו אותו
markup-runs-script = בקובץ הזה יש סקריפט (<script>, מאפיין `on…` או כתובת `javascript:`), שירוץ אצל כל מי שיפתח אותו
markup-runs-script-hint = הסירו את הסקריפט מהקובץ (לתמונת SVG לא צריך סקריפט), או, אם כל הכותבים באתר מהימנים, כתבו ב־config.toml: [security] ואחריה trust_html = true
output-changed-by-hand = מישהו שינה את הקובץ הזה בתיקיית הפלט אחרי ש־kb כתב אותו, ולכן kb לא החליף ולא מחק אותו
output-changed-by-hand-hint = kb כותב מחדש את תיקיית הפלט בכל בנייה: העבירו את השינוי אל static/{ $path } (או אל קובץ המקור של הדף), ואז מחקו את הקובץ הזה ובנו שוב

## תבניות

template-cycle = התבנית הזאת מרחיבה את עצמה: { $cycle }
template-cycle-hint = תבנית יכולה להרחיב רק תבנית אחרת שלא מובילה חזרה אליה, למשל base.html
template-error = שגיאה בתבנית: { $detail }
template-error-hint = תקנו את התבנית; kb מציין את שם התבנית, ובשגיאות כתיב גם את השורה

## kb serve

crash-rebuild = kb קרס בזמן הבנייה מחדש (תקלה ב־kb עצמו)
crash-search = kb קרס בזמן עדכון אינדקס החיפוש (תקלה ב־kb עצמו)
crash-hint = שמרו שוב כדי לנסות שוב, ודווחו לנו על ההודעה שלמעלה

## kb new

new-unknown-type = אין באתר סוג תוכן `{ $kind }`
new-unknown-type-hint = סוגי התוכן הם { $types }, או `page` לעמוד (הטבלאות [types.<מפתח>] ב־config.toml)
new-unknown-type-close-hint = אולי התכוונתם ל־`{ $close }`? סוגי התוכן הם { $types }, או `page` לעמוד (הטבלאות [types.<מפתח>] ב־config.toml)
new-page-bundle = עמוד הוא קובץ יחיד, לא תיקייה
new-page-bundle-hint = הורידו את `--bundle`; את התמונות של עמוד שימו ב־static/ וקשרו אליהן כמו /images/x.png
new-no-slug = בכותרת `{ $title }` אין אותיות שאפשר לבנות מהן כתובת
new-slug-hint = כתבו את הכתובת בעצמכם, באותיות אנגליות קטנות, ספרות ומקפים, למשל --slug first-meeting
new-page-takes-listing = עמוד בכתובת /{ $slug }/ היה תופס את המקום של רשימה ש־kb יוצר
new-other-slug-hint = בחרו כתובת אחרת עם --slug
new-exists = הקובץ הזה כבר קיים; `kb new` אף פעם לא דורס קובץ
new-exists-hint = ערכו את הקובץ הקיים, או בחרו כתובת אחרת עם --slug

## סיכומים

build-done = kb: האתר נבנה: { $what } (סך הכול { $pages }, { $files }) תוך { $seconds } שניות ← { $out }
summary-type = { $plural }: { $count }
count-standalone = { $count ->
    [one] עמוד אחד
   *[other] { $count } עמודים
}
count-html-pages = { $count ->
    [one] דף אחד
   *[other] { $count } דפים
}
count-problems = { $count ->
    [one] בעיה אחת
   *[other] { $count } בעיות
}
count-changed-files = { $count ->
    [one] קובץ אחד השתנה
   *[other] { $count } קבצים השתנו
}
output-unchanged = מה שנבנה קודם, אם נבנה, נשאר כמו שהיה.
check-clean = kb check: לא נמצאו בעיות (בדיקה של { $pages } בתיקייה content/)
check-found = kb check: { $found } (בדיקה של { $pages } בתיקייה content/)
serving = התצוגה המקדימה של { $site } בכתובת { $url }
serve-built = kb: נבנו { $files } תוך { $ms } אלפיות שנייה
serve-rebuilt = נבנה מחדש תוך { $ms } אלפיות שנייה ({ $changed })
serve-showing-problems = kb: התצוגה המקדימה מציגה את הבעיות האלה עד שיתוקנו.
serve-still-serving = kb: בינתיים מוצגת הגרסה התקינה האחרונה.
serve-no-browser = kb: אי אפשר לפתוח דפדפן ({ $opener } לא עבד); פתחו בעצמכם את { $url }
serve-watch-hint = שינויים שם לא ייבנו מחדש מעצמם: עצרו את התצוגה המקדימה (`Ctrl+C`) והפעילו אותה שוב
overlay-heading = kb: הבנייה האחרונה נכשלה ({ $problems }); מוצגת הגרסה התקינה האחרונה
overlay-warnings-heading = kb: האתר נבנה, ויש בו { $warnings } שכדאי לתקן
overlay-dismiss = סגירה
overlay-region = בעיות באתר

## kb check

site-link-broken = קישור שבור: { $url } לא מוביל לאף עמוד באתר
site-link-hint = קשרו לעמוד אחר עם @/ ושם הקובץ שלו בתוך content/, למשל [טקסט](@/articles/backbone-roles.md); כך kb בודק את הקישור ומעדכן אותו כשכתובות משתנות
link-to-markdown-hint = קישור לקובץ Markdown נכתב עם @/ והנתיב של הקובץ בתוך content/, למשל [טקסט](@/articles/backbone-roles.md)
site-anchor-hint = אחרי # באה כותרת מהעמוד ההוא: המילים שלה מחוברות במקפים, למשל #מה-זה-ארגון-שדרה
site-anchor-broken = קישור שבור: בעמוד של { $url } אין כותרת שהמזהה שלה `{ $anchor }`
media-missing = הקובץ { $url } לא קיים
media-missing-hint = שימו את { $name } ליד הפריט (פריט עם קבצים הוא תיקייה: content/<סוג>/<שם>/index.md והקובץ לידו), או בתוך static/, שהקבצים בה נמצאים באתר בלי static/ בהתחלה: static/images/{ $name } הוא /images/{ $name }; ובדקו את האיות של שמו
media-missing-static-hint = הכתובת { $url } מובילה לקובץ `static{ $url }` באתר: שימו אותו שם, או בדקו את האיות של שמו
link-to-preview = הקישור { $url } מוביל לתצוגה המקדימה במחשב שלכם, ולא יעבוד באתר המפורסם
link-to-preview-hint = קשרו לעמוד עם @/ ושם הקובץ שלו בתוך content/, או לכתובת בתוך האתר: { $path }
placeholder = ב־`{ $key }` עדיין כתוב הערך לדוגמה של `kb init`: { $value }
placeholder-hint = כתבו ב־`{ $key }` את הפרטים האמיתיים לפני שמפרסמים את האתר
image-no-alt = לתמונה { $url } אין טקסט חלופי
image-no-alt-hint = תארו את התמונה בסוגריים המרובעים בשביל מי שלא רואה אותה, למשל ![שלושה אנשים סביב שולחן](photo.jpg); ב־HTML כתבו alt="..."; לתמונה שהיא קישוט בלבד כתבו alt=""
link-empty = לקישור אל { $url } אין טקסט
link-vague = הטקסט של הקישור „{ $text }” לא אומר לאן הוא מוביל
link-vague-hint = קוראי מסך מקריאים רשימה של קישורים לפי הטקסט שלהם: כתבו לאן הקישור מוביל, למשל [המדריך למדידה משותפת](@/tools/guide.md)
heading-skip = כותרת ברמה { $level } מיד אחרי כותרת ברמה { $previous }
heading-skip-hint = יורדים ברמות הכותרות אחת־אחת (כותרת העמוד היא רמה 1): הפכו את הכותרת הזאת לרמה { $level }, כלומר התחילו את השורה שלה כך:
    { $hashes } הכותרת
captions-unsaid = בפריט הזה יש סרטון, אבל לא כתוב אם יש לו כתוביות
captions-unsaid-hint = תקן הנגישות דורש כתוביות: כתבו בכותרת הקובץ captions = true אם יש לסרטון כתוביות, או captions = false עד שיהיו
captions-missing = לסרטון של הפריט הזה אין כתוביות (captions = false)
captions-missing-hint = הוסיפו כתוביות (YouTube ו־Vimeo יכולים ליצור אותן, ואז בודקים אותן), ואחר כך כתבו captions = true
item-no-tags = לפריט הזה אין תגיות, ולכן הוא לא מופיע באף עמוד של תגית
item-no-tags-hint = הוסיפו תגיות מתוך [tags] שב־config.toml, למשל tags = ["backbone"]
tag-unused = לתגית `{ $key }` ({ $name }) אין אף פריט
tag-unused-hint = תייגו בה כמה פריטים, או מחקו אותה מ־config.toml
summary-long = התקציר ארוך ({ $count } תווים), ותצוגות מקדימות של קישורים יקטעו אותו
summary-long-hint = קצרו את התקציר ל־{ $limit } תווים לכל היותר, כדי שיוצג במלואו כשמשתפים את העמוד
image-heavy = התמונה הזאת שוקלת { $size } MB, והיא תיטען לאט בטלפון
image-heavy-hint = שמרו אותה בגודל קטן יותר (פחות מ־1 MB: כ־1600 פיקסלים ברוחב, JPEG או WebP)
external-broken = קישור שבור: { $url } ענה { $status } (אין עמוד כזה)
external-broken-hint = מצאו את הכתובת החדשה של העמוד, או מחקו את הקישור
external-status = הקישור { $url } ענה { $status }
external-status-hint = ייתכן שהאתר לא זמין כרגע: בדקו שוב מאוחר יותר, ועדכנו את הקישור אם המצב לא משתנה
external-redirect = הקישור { $url } עבר לכתובת אחרת ({ $status })
external-redirect-hint = קשרו לכתובת החדשה: { $location }
external-timeout = הקישור { $url } לא ענה תוך { $seconds } שניות
external-unreachable = אי אפשר להגיע לקישור { $url }

## שורת הפקודה (kb --help)

cli-template = { "{" }about{ "}" }

    שימוש: { "{" }usage{ "}" }

    { "{" }all-args{ "}" }
cli-commands = פקודות
cli-command = פקודה
cli-arguments = ארגומנטים
cli-options = אפשרויות
cli-help = הצגת העזרה
cli-version = הצגת הגרסה
cli-lang = שפת ההודעות של kb, he, ar או en (ברירת המחדל: שפת האתר; משתנה הסביבה KB_LANG)
cli-kb = מחולל אתרים סטטיים למאגרי ידע בעברית
cli-init = יצירת אתר עברי חדש, מוכן לבנייה, בתיקייה חדשה או ריקה
cli-init-dir = התיקייה שבה ייווצר האתר (ברירת המחדל: התיקייה הנוכחית)
cli-init-github-pages = כתיבת הקובץ .github/workflows/pages.yml גם כן, כדי לפרסם את האתר ב־GitHub Pages
cli-new = יצירת פריט חדש (או עמוד) עם כותרת קובץ ממולאת
cli-new-kind = מפתח של סוג תוכן מ־config.toml (למשל articles), או page לעמוד כמו „מי אנחנו”
cli-new-title = הכותרת, בעברית; שם הקובץ נכתב ממנה באותיות לטיניות
cli-new-slug = הכתובת של הפריט החדש, במקום זו שנבנית מהכותרת
cli-new-bundle = פריט בתיקייה משלו: <שם>/index.md, עם מקום לתמונות לידו
cli-site-dir = תיקיית האתר, שיש בה config.toml ותיקיית content/ (ברירת המחדל: התיקייה הנוכחית)
cli-build = בניית האתר לתיקייה של קבצים סטטיים
cli-build-output-dir = תיקיית התוצאה (ברירת המחדל: SITE_DIR/public)
cli-drafts = לכלול גם פריטים שמסומנים draft = true
cli-build-base-url = להשתמש בכתובת הבסיס הזאת במקום זו שב־config.toml
cli-build-timings = להציג כמה זמן לקח כל שלב של הבנייה
cli-build-git-dates = לקחת את תאריך העדכון של כל פריט מה־commit האחרון של הקובץ שלו ב־git
git-dates-no-repository = תאריכים מ־`git` התבקשו, אבל תיקיית האתר לא נמצאת במאגר של `git` (או ש־`git` לא מותקן)
git-dates-no-repository-hint = התאריכים נלקחים מכותרות הקבצים בלבד; כדי להשתמש ב־`git`, בנו מתוך שכפול של המאגר
git-dates-shallow = המאגר הוא שכפול רדוד (`shallow`): `git` מכיר רק את השמירות (`commits`) האחרונות, ותאריכי העדכון של קבצים ישנים יהיו מוקדמים מדי או חסרים
git-dates-shallow-hint = ב־`GitHub Actions` כתבו ב־`actions/checkout` את `fetch-depth: 0`; בשורת הפקודה:
    git fetch --unshallow
cli-check = בדיקת האתר בלי לכתוב אותו: כל מה ש־kb build בודק, ועוד קישורים, תמונות, טקסט חלופי, כותרות, כתוביות ותגיות
cli-check-external = לבדוק גם קישורים לאתרים אחרים ולדווח על אלה שלא עובדים
cli-check-strict = להיכשל (קוד יציאה 1) גם על אזהרות
cli-serve = תצוגה מקדימה של האתר: בנייה בזיכרון, הגשה, ובנייה וטעינה מחדש של עמודים פתוחים בכל שמירה
cli-serve-port = הפורט להאזנה; 0 בוחר פורט פנוי (ברירת המחדל: 1111)
cli-serve-bind = הכתובת להאזנה (ברירת המחדל: 127.0.0.1, שמשאירה את התצוגה המקדימה במחשב הזה)
cli-serve-open = פתיחת התצוגה המקדימה בדפדפן

## שגיאות בשורת הפקודה

cli-unknown-command = `{ $name }` אינה פקודה של kb
cli-did-you-mean = אולי התכוונתם ל־`{ $close }`? ההסבר המלא: `{ $help }`
cli-commands-hint = הפקודות של kb הן { $names }; רשימה מלאה: `kb --help`
cli-unknown-option = לפקודה הזאת אין אפשרות `{ $name }`
cli-extra-argument = kb לא יודע מה לעשות עם `{ $name }`
cli-usage-hint = מה הפקודה מקבלת: `{ $help }`
cli-port-hint = פורט הוא מספר בין 1 ל־65535 (או 0, שבוחר פורט פנוי), למשל:
    kb serve --port 1112
cli-arg-kind = סוג התוכן (למשל `articles`)
cli-arg-title = הכותרת
cli-arg = `{ $name }`
cli-missing-argument = חסר בפקודה: { $names }
cli-new-example = כותבים את סוג התוכן ואת הכותרת, הכותרת בין מירכאות:
    kb new articles "כותרת המאמר"
cli-bad-value = הערך `{ $value }` לא מתאים ל־`{ $name }`
cli-valid-values = האפשרויות הן: { $names }
cli-unreadable = kb לא הבין את שורת הפקודה

## תקלות שעוצרות פקודה

not-a-site = בתיקייה { $dir } אין קובץ config.toml, ולכן היא לא אתר של kb
not-a-site-hint = עברו לתיקייה של האתר (`cd`), או כתבו את הנתיב שלה אחרי הפקודה, למשל `kb build my-site`; אתר חדש יוצרים כך: `kb init my-site`
io-failed = { $what }: { $reason }
io-read = אי אפשר לקרוא את { $path }
io-read-folder = אי אפשר לקרוא את התיקייה { $path }
io-write = אי אפשר לכתוב את { $path }
io-create = אי אפשר ליצור את { $path }
io-create-folder = אי אפשר ליצור את התיקייה { $path }
io-remove = אי אפשר למחוק את { $path }
io-move = אי אפשר להעביר את { $from } אל { $to }
io-lock = אי אפשר לנעול את { $path }
io-open-site = אי אפשר לפתוח את תיקיית האתר { $path }
io-listen = אי אפשר להאזין בכתובת { $address }
io-watch = אי אפשר לעקוב אחרי השינויים ב־{ $path }
io-threads = אי אפשר להפעיל את התהליכים ש־kb צריך
io-server-stopped = השרת של התצוגה המקדימה נעצר
io-not-found = הקובץ או התיקייה לא קיימים
io-not-found-hint = בדקו את הנתיב ואת האיות שלו
io-permission = אין הרשאה
io-permission-hint = בדקו שיש לכם הרשאה לכתוב בתיקייה הזאת ולקרוא ממנה, או בחרו תיקייה אחרת
io-read-only = הכונן הזה מוגן מפני כתיבה
io-full = אין מקום בדיסק
io-full-hint = פנו מקום בדיסק והריצו את הפקודה שוב
io-not-folder = חלק מהנתיב הוא קובץ ולא תיקייה
io-is-folder = זו תיקייה ולא קובץ
io-exists = כבר יש שם קובץ
io-exists-hint = מחקו אותו או בחרו שם אחר
io-port-taken = הפורט הזה כבר תפוס: תוכנה אחרת מאזינה בו (אולי `kb serve` אחר שעדיין רץ)
io-port-taken-hint = סגרו את התוכנה האחרת, או בחרו פורט אחר, למשל:
    kb serve --port 1112
io-address = הכתובת הזאת לא שייכת למחשב הזה
io-address-hint = השאירו את ברירת המחדל (127.0.0.1), או כתבו אחרי `--bind` כתובת של המחשב הזה
io-other = מערכת ההפעלה דיווחה על תקלה (קוד { $code })
io-other-hint = נסו שוב; אם זה חוזר, דווחו לנו על ההודעה הזאת
init-not-empty = התיקייה { $dir } לא ריקה (יש בה { $found }); `{ $command }` כותב רק לתיקייה חדשה או ריקה, כדי לא לדרוס שום דבר שלכם
init-not-empty-hint = צרו את האתר בתיקייה חדשה:
    { $command } my-site

## kb init ו־kb new

init-done = נוצר אתר חדש בתיקייה { $dir } ({ $files }).
init-next = מה עכשיו:
init-step-cd = {"  "}1. עוברים לתיקייה:
    {"       "}cd { $dir }
init-step-here = {"  "}1. נשארים בתיקייה הזאת.
init-step-serve = {"  "}2. תצוגה מקדימה:
    {"       "}kb serve --open
init-step-config = {"  "}3. ממלאים ב־config.toml את שם האתר, את base_url ואת פרטי הצהרת הנגישות ([accessibility])
init-step-new = {"  "}4. כותבים פריט חדש:
    {"       "}kb new articles "כותרת המאמר"
init-step-build = {"  "}5. בונים את האתר לפרסום (התוצאה בתיקייה public/):
    {"       "}kb build
init-pages = הפרסום ב־`GitHub Pages`: לפני הדחיפה הראשונה, במאגר ב־GitHub, פותחים "Settings ← Pages ← Source: GitHub Actions";
    מכאן כל דחיפה לענף main בודקת את האתר ומפרסמת אותו (הקובץ .github/workflows/pages.yml, עם kb { $version }).
init-publishing = המדריך לפרסום (`GitHub Pages`, `Netlify`, `Cloudflare Pages`, אחסון רגיל): { $home }/blob/main/docs/publishing.he.md
init-guide = המדריך לכותבים: { $home }/blob/main/docs/guide.he.md
new-done = נוצר הקובץ { $path }
    הכתובת שלו באתר: { $url }
    פותחים אותו בעורך, כותבים, ורואים את התוצאה ב־`kb serve`.

## תיקיית התוצאה

output-holds-site = kb לא יכתוב את האתר לתוך { $out }: יש בה את הקבצים של האתר עצמו, והבנייה הייתה מחליפה אותם
output-holds-site-hint = בחרו תיקיית תוצאה נפרדת, למשל -o { $public }
output-in-source = kb לא יכתוב את האתר לתוך { $out }: היא בתוך התיקייה { $source }/ של האתר
output-in-source-hint = בחרו תיקיית תוצאה מחוץ ל־{ $source }/, למשל public/, ברירת המחדל
output-is-file = kb לא יכתוב את האתר לתוך { $out }: זה קובץ ולא תיקייה
output-is-root = kb לא יכתוב את האתר לתוך { $out }: זו תיקיית השורש של הדיסק
output-is-file-hint = בחרו תיקייה
output-foreign = kb לא יכתוב לתוך { $out }: הוא לא בנה לתוכה קודם (אין בה קובץ { $marker }), ויש בה את { $name }
output-foreign-hint = בחרו תיקייה חדשה או ריקה (מותר שיהיו בה רק { $kept }), או רוקנו את התיקייה הזאת בעצמכם אם אתם בטוחים
output-busy = בנייה אחרת של kb כותבת עכשיו לתוך { $out } (תיקיית העבודה שלה: { $staging })
output-busy-now = בנייה אחרת של kb כותבת עכשיו לתוך { $out }
output-bad-path = kb לא יכתוב את { $path }: { $why }
output-busy-hint = חכו שהיא תסתיים, ואז בנו שוב
output-none-before = לפני הבנייה הזאת לא הייתה תיקיית תוצאה, וגם עכשיו אין.
output-kept = שום דבר לא השתנה: התוצאה הקודמת ב־{ $out } נשארה כמו שהייתה.
output-put-back = kb החזיר את כל מה ששינה: התוצאה הקודמת ב־{ $out } נשארה כמו שהייתה.
output-not-put-back = kb לא הצליח להחזיר הכול ב־{ $out }; כל קובץ שלא מוזכר כאן נשאר כמו שהיה.
    מהבנייה הזאת: { $new }
    חסרים (הגרסאות הקודמות נמצאות ב־{ $old }): { $missing }
    תיקיות וקובץ הרשימה שלא הוחזרו: { $other }
output-not-kbs = את { $path } לא kb כתב, ו{ $why }
output-not-kbs-hint = kb אף פעם לא מחליף מה שלא הוא כתב: העבירו או מחקו את { $path } (ו־kb יכתוב במקומו את שלו), או שנו את השם של מה שהאתר כותב שם (קובץ ב־static/ או בתיקייה של פריט)
output-needs-folder = kb צריך שם תיקייה
output-would-replace = הבנייה הזאת הייתה מחליפה אותו
output-file-over-folder = הבנייה הזאת כותבת קובץ במקום שבו נמצאת התיקייה שלו { $folder }
io-copy = אי אפשר לשמור עותק של { $from } ב־{ $to }
marker-foreign = את { $marker } לא kb כתב: כתוב בו `{ $entry }`, { $why }
marker-foreign-hint = kb מחליף או מוחק רק את מה שכתוב ברשימה שלו, ולכן הוא לא יבנה לתוך התיקייה הזאת. אם זו תיקיית התוצאה של kb, מחקו את { $marker } ואת הקבצים ש־kb כתב (השאירו את .git, את `CNAME` ואת הקבצים שלכם) ובנו שוב; או בנו לתיקייה אחרת עם -o
marker-not-file = שאינו קובץ ש־kb כותב
marker-not-line = שאינה שורה ש־kb כותב
marker-absolute = נתיב מלא, מחוץ לתיקיית התוצאה
marker-leads-out = נתיב שמוביל אל מחוץ לתיקיית התוצאה
marker-not-path = שאינו נתיב ש־kb כותב
marker-in-git = בתוך .git/, שבה kb אף פעם לא כותב
marker-itself = קובץ הרשימה עצמו
marker-through-link = קישור סמלי או נתיב שעובר דרך קישור כזה, ש־kb אף פעם לא יוצר ושעלול להוביל אל מחוץ לתיקיית התוצאה

## שגיאות בתבניות

template-variable = בתבנית יש משתנה שלא קיים: `{ $name }`
template-variable-hint = בדקו את האיות של `{ $name }`; ערך שלפעמים חסר כותבים עם ברירת מחדל:
    { "{{" } { $name } | default(value="") { "}}" }
template-filter = המסנן `{ $name }` לא קיים
template-function = הפונקציה `{ $name }` לא קיימת
template-test = הבדיקה `{ $name }` לא קיימת
template-filter-failed = המסנן `{ $name }` לא הצליח לקרוא את הערך שקיבל
template-name-hint = בדקו את האיות של `{ $name }` בשורה הזאת; המסננים הם של Tera ועוד `hebrew_date`, שמקבל תאריך כמו 2024-03-01
template-syntax = התבנית לא כתובה בצורה ש־Tera קורא
template-syntax-hint = בדקו שכל { "{{" } נסגר ב־{ "}}" }, כל { "{%" } נסגר ב־{ "%}" }, וכל `{ "{%" } if { "%}" }` או `for` נסגר ב־`endif` או `endfor`
template-missing = התבנית `{ $name }` לא קיימת
template-missing-hint = בדקו את השם אחרי `extends` או `include`: התבניות נמצאות ב־templates/ של האתר או של ערכת העיצוב
## kb import wordpress
import-broken-xml = קובץ הייצוא אינו `XML` תקין: { $error }
import-not-wordpress = הקובץ הזה אינו קובץ ייצוא של וורדפרס (קובץ `RSS` עם `wp:wxr_version`)
import-export-hint = ייצאו את האתר שוב בוורדפרס (כלים ← ייצוא ← כל התוכן) ותנו ל־kb את הקובץ הזה; דבר לא נכתב
import-map-unreadable = אי אפשר לקרוא את קובץ המיפוי: { $error }
import-map-bad-type = { $key } לא יכול להיות מפתח של סוג: מפתח כתוב באותיות לטיניות קטנות, ספרות ומקפים, ואינו `tags`, `search`, `page` או `skip`
import-map-unknown-type = { $key } אינו אחד מהסוגים שב־[types] של המיפוי
import-map-unknown-type-hint = הוסיפו [types.{ $key }] עם name ו־plural, או כתבו שם את אחד ממפתחות הסוגים
import-untitled = (ללא כותרת)
import-skip-attachment = קובץ מצורף: הוא מועתק לאן שפוסט מציג אותו
import-skip-menu-item = פריט תפריט
import-skip-revision = גרסה קודמת, לא יובאה
import-skip-internal = { $type } של וורדפרס עצמה, לא תוכן: לא יובא
import-skip-trash = בפח: לא יובא
import-skip-auto-draft = טיוטה אוטומטית: לא יובאה
import-skip-status = במצב ש־kb לא מכיר: לא יובא
import-skip-password = מוגן בסיסמה: לא יובא (ייבוא עם `--drafts` שומר אותו כ־`draft = true`)
import-skip-draft = טיוטה, ממתין, פרטי או מתוזמן ({ $type }): לא יובא (ייבוא עם `--drafts` שומר אותו כ־`draft = true`)
import-skip-unmapped = מסוג הפוסט { $type }, שהמיפוי לא מזכיר: לא יובא
import-skip-mapped = מסוג הפוסט { $type }, שהמיפוי מדלג עליו
import-report-other-menus = תפריטים אחרים, שלא יובאו (ב־kb יש תפריט ראשי אחד): { $names }
import-featured-image = התמונה הראשית שלו { $what } לא יובאה: לפריטים ב־kb אין תמונה ראשית (הוסיפו אותה לגוף אם היא חשובה)
import-kept = { $what } נשאר כטקסט: kb לא יודע להמיר אותו
import-missing-file = הקובץ { $what } לא נמצא בתיקייה של `--uploads`: הכתובת נשארה כפי שהייתה
import-link-to-draft = קישור לפוסט שלא פורסם ({ $what }) נשאר כפי שהיה
import-anchor-dropped = הקישור { $what } מוביל לפוסט בלי העוגן (#) שלו: ב־kb לכותרות יש מזהים משלהן
import-alias-query = בכתובת הישנה שלו { $path } יש שאילתה (?), ושום אחסון סטטי לא יכול להפנות ממנה: קישורים ישנים אליה יפסיקו לעבוד
import-alias-invalid = הכתובת הישנה שלו { $path } לא יכולה להיות קובץ בפלט (תיקייה ריקה, . או .., או תו ש־Windows לא מרשה): אין ממנה הפניה
import-alias-dropped = הכתובת הישנה שלו { $path } תפוסה בידי עמוד חדש או פוסט אחר: אין ממנה הפניה
import-menu-entry-skipped = פריט תפריט ש־kb לא יודע לשבץ (מקונן, או מוביל למשהו שלא יובא): לא בתפריט הראשי
import-report-title = `kb import wordpress`: דוח הייבוא
import-report-items = יובאו: { $counts }; מהם { $drafts ->
    [one] טיוטה אחת
   *[other] { $drafts } טיוטות
}
import-report-tags = { $count ->
    [one] תגית אחת
   *[other] { $count } תגיות
} באוצר התגיות
import-report-menu = התפריט "{ $name }" הפך לתפריט הראשי ({ $count ->
    [one] פריט אחד
   *[other] { $count } פריטים
})
import-report-aliases = { $count ->
    [one] כתובת ישנה אחת מפנה
   *[other] { $count } כתובות ישנות מפנות
} לעמודים החדשים
import-report-files = { $count ->
    [one] קובץ אחד הועתק
   *[other] { $count } קבצים הועתקו
} אל static/wp-content/uploads/
import-report-embeds = { $count ->
    [one] סרטון משובץ אחד הומר
   *[other] { $count } סרטונים משובצים הומרו
} לשורת וידאו
import-report-comments = { $count ->
    [one] תגובה אחת נספרה
   *[other] { $count } תגובות נספרו
} ולא יובאו
import-report-not-converted = מה שלא הומר ({ $count }):
import-report-entry = "{ $title }" (מזהה { $id }): { $what }
import-done = kb: האתר נמצא ב־{ $site }; דוח הייבוא ב־{ $report }. הצעד הבא: kb build { $site }
cli-import = העברת אתר אל kb ממערכת אחרת
cli-wordpress = הפיכת קובץ ייצוא של וורדפרס (כלים ← ייצוא) לאתר kb, וכל כתובת ישנה מפנה לעמוד החדש שלה
cli-wordpress-export = קובץ הייצוא (WXR, ‏.xml)
cli-wordpress-site-dir = התיקייה שבה ייווצר האתר: חדשה או ריקה
cli-wordpress-uploads = התיקייה wp-content/uploads של האתר, שממנה יועתקו תמונות וקבצים
cli-wordpress-map = קובץ import.toml ערוך: לאן הולך כל סוג פוסט וכל קטגוריה
cli-wordpress-drafts = ייבוא גם של טיוטות, פוסטים ממתינים, פרטיים ומתוזמנים, כ־draft = true
cms-backend-unknown = ב־`[cms]` כתוב `backend = "{ $backend }"`, ו־kb לא מכיר שירות כזה
cms-backend-unknown-near-hint = אולי התכוונתם ל־`backend = "{ $near }"`?
cms-backend-unknown-hint = כתבו את שם השירות שבו שמור האתר, אחד מאלה: `{ $backends }`
cms-repo-bad = המאגר ב־`[cms]` (`repo = "{ $repo }"`) צריך להיות בצורה `ארגון/אתר`
cms-repo-bad-hint = כתבו את שם הארגון או המשתמש ואת שם המאגר כפי שהם מופיעים בכתובת שלו, למשל `repo = "my-org/kb-site"`
cms-script-bad = הכתובת של סקריפט העורך (`script = "{ $script }"`) צריכה להתחיל ב־`https://` או להיות נתיב באתר
cms-script-bad-hint = מחקו את השורה כדי להשתמש בגרסה הקבועה (`{ $default }`), או כתבו נתיב לעותק שלכם תחת `static/`, למשל `script = "/vendor/decap-cms.js"`
cms-media-folder-bad = תיקיית התמונות של העורך (`media_folder = "{ $folder }"`) צריכה להיות תיקייה תחת `static/`
cms-media-folder-bad-hint = כתבו למשל `media_folder = "static/media"`: תמונות שמעלים בעורך יישמרו שם ויוצגו בכתובת /media/
cms-address-bad = הערך של `{ $key }` ב־`[cms]` (`{ $value }`) צריך להיות כתובת מלאה שמתחילה ב־`https://`
cms-address-bad-hint = העתיקו את הכתובת המלאה של השירות, למשל `{ $key } = "https://auth.example.org"`
cms-page-title = עריכת התוכן · { $site }
cms-loading = העורך נטען…
cms-no-script = כדי לערוך את האתר בדפדפן צריך לאפשר בו הרצת סקריפטים.
cms-config-header = הקובץ הזה נכתב מחדש מ־config.toml בכל בנייה של kb: שנו את config.toml, לא אותו.
cms-pages = דפים
cms-page = דף
cms-intros = פתיחים
cms-home-intro = פתיח דף הבית
cms-listing-intro = פתיח הרשימה: { $plural }
cms-field-title = כותרת
cms-field-title-hint = כמו שהקוראים יראו אותה בראש העמוד ובתוצאות החיפוש
cms-field-date = תאריך
cms-field-date-hint = תאריך הפרסום
cms-field-summary = תקציר
cms-field-summary-hint = משפט או שניים שמופיעים ברשימות, בחיפוש ובתצוגה המקדימה של קישור ששותף
cms-field-tags = תגיות
cms-field-tags-hint = בחרו מהרשימה; תגית חדשה מוסיפים ב־config.toml
cms-field-authors = כותבים
cms-field-authors-hint = שם אחד בכל שורה
cms-field-editors = עורכים
cms-field-editors-hint = מי שערכו את הפריט, שם אחד בכל שורה
cms-field-video = כתובת הסרטון
cms-field-video-hint = הכתובת ביוטיוב או בווימאו; הנגן נטען רק אחרי לחיצה
cms-field-captions = יש כתוביות
cms-field-captions-hint = סמנו אם לסרטון יש כתוביות: הן נדרשות לנגישות
cms-field-updated = עודכן בתאריך
cms-field-updated-hint = מלאו כשהתוכן השתנה באופן מהותי
cms-field-draft = טיוטה
cms-field-draft-hint = טיוטה לא מתפרסמת באתר עד שמבטלים את הסימון
cms-field-slug = כתובת בעמוד (באותיות לטיניות)
cms-field-slug-hint = אפשר להשאיר ריק: הכתובת תיכתב באותיות לטיניות מתוך הכותרת, למשל mifui-shutfim
cms-field-aliases = כתובות קודמות
cms-field-aliases-hint = כתובות ישנות שיפנו לכאן, למשל /old-post/
cms-field-body = תוכן
cms-field-body-hint = כותרות, רשימות, טבלאות וקישורים; כתובת של סרטון ביוטיוב בשורה משלה הופכת לנגן
cms-slug-pattern = אותיות לטיניות קטנות, ספרות ומקפים בלבד
cms-video-pattern = כתובת של סרטון ביוטיוב או בווימאו
init-cms = העורך בדפדפן: מפעילים את `kb serve` ופותחים את /admin/ (כתבו ב־`config.toml` את שם המאגר ב־`[cms]` לפני שמפרסמים; ההסבר ב־docs/cms.he.md)
cli-init-cms = מוסיף ל־config.toml טבלת [cms] לעורך בדפדפן בכתובת /admin/, עם השירות שבו שמור האתר
