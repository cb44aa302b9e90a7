# The default theme's own words in Hebrew (templates call tr(id=..., lang=site.language)).
tags-title = תגיות
search-title = חיפוש
statement-title = הצהרת נגישות
statement-description = הצהרת הנגישות של { $site }: מה נעשה באתר, מה עוד לא נגיש ואיך פונים לרכז הנגישות.
not-found-title = העמוד לא נמצא
page-number = עמוד { $number }
skip-link = דלגו לתוכן הראשי
search-label = חיפוש במאגר
search-placeholder = חיפוש…
main-nav = ניווט ראשי
languages-nav = שפות
home = דף הבית
all-tags = כל התגיות
atom-feed = עדכונים בפיד <span lang="en" dir="ltr">Atom</span>
write-to-us = כתבו לנו
not-found-lead = ייתכן שהכתובת השתנתה, שהעמוד הועבר או שנפלה טעות הקלדה בקישור.
not-found-search = חיפוש מעמוד השגיאה
not-found-search-label = אפשר לחפש את מה שחיפשתם במאגר:
not-found-or = או להמשיך מאחד המקומות האלה:
to-home = לדף הבית
content-types = סוגי תוכן
items-word = פריטים
latest = חדש במאגר
topics = נושאים
to-all-tags = לכל התגיות
item-count = { $count ->
    [one] פריט אחד
   *[other] { $count } פריטים
}
tag-item-count = { $count ->
    [0] עוד אין פריטים
    [one] פריט אחד
   *[other] { $count } פריטים
}
page-of = עמוד { $number } מתוך { $total }
no-items-of-type = אין עדיין פריטים מסוג זה.
pages-in-type = עמודים ברשימת { $name }
breadcrumb = מיקום באתר
crumb-home = ראשי
tag-kicker = תגית
facets = סינון לפי סוג
all-facet = הכול
no-items-with-tag = אין עדיין פריטים עם התגית הזאת.
pages-in-tag = עמודים בתגית { $name }
topic-count = { $count } נושאים במאגר
and-more = ועוד { $count }
pages-in-listing = עמודים ברשימה
prev = הקודם
next = הבא
arrow-prev = →
arrow-next = ←
updated-last = עודכן לאחרונה
updated = עודכן
reading-minutes = { $count ->
    [one] דקת קריאה אחת
   *[other] { $count } דקות קריאה
}
written-by = כתיבה:
edited-by = עריכה:
print-tool = הדפסת הכלי
on-this-page = בעמוד הזה
source = מקור:
read-more = קראו עוד
search-heading = חיפוש במאגר
search-what = מה לחפש?
search-type = סוג
all-types = כל הסוגים
more-results = הצגת תוצאות נוספות
search-noscript = החיפוש במאגר פועל בדפדפן ודורש JavaScript. אפשר לעיין ב<a href="{ $tags }">תגיות</a> או ברשימות לפי סוג.
statement-updated = עודכנה לאחרונה
statement-lead-1 = רואה חשיבות רבה בכך שכל אדם, עם מוגבלות או בלעדיה, יוכל להשתמש באתר
statement-lead-2 = , למצוא בו מידע ולקרוא אותו בנוחות ובעצמאות. ההצהרה הזאת מסבירה מה נעשה כדי שהאתר יהיה נגיש, מה עוד לא נגיש ואיך פונים אלינו.
statement-level-id = רמת-הנגישות
statement-level = רמת הנגישות
statement-level-text = האתר נבנה לפי תקנות שוויון זכויות לאנשים עם מוגבלות (התאמות נגישות לשירות), התשע״ג–2013, ועומד ברמה הזאת:
statement-standard-text = התקן הישראלי 5568 מבוסס על הנחיות הנגישות לתוכן אינטרנט (<span lang="en" dir="ltr">WCAG</span>) של ארגון <span lang="en" dir="ltr">W3C</span>.
statement-done-id = מה-עשינו-באתר
statement-done = מה עשינו באתר
statement-done-1 = האתר מוגדר כאתר בעברית שנקרא מימין לשמאל, ולכן תוכנות הקראה קוראות אותו בשפה ובכיוון הנכונים.
statement-done-2 = בראש כל עמוד יש קישור ״דלגו לתוכן הראשי״. אפשר להשתמש בכל האתר במקלדת בלבד, והרכיב שנבחר מסומן במסגרת בולטת.
statement-done-3 = בכל עמוד יש כותרת ראשית אחת ומבנה כותרות מסודר, ואזורי העמוד (ראש העמוד, הניווט, התוכן והתחתית) מסומנים כך שטכנולוגיות מסייעות מזהות אותם.
statement-done-4 = הניגודיות בין הטקסט לרקע עומדת ברמה AA, גם בתצוגה הבהירה וגם בתצוגה הכהה, שנבחרת לפי הגדרות המכשיר.
statement-done-5 = האתר מתאים את עצמו למסכים קטנים ולהגדלת הטקסט בדפדפן, בלי צורך לגלול לרוחב.
statement-done-6 = סרטונים לא מתנגנים מעצמם: הנגן נטען רק אחרי שלוחצים עליו.
statement-done-7 = טבלאות רחבות נגללות בתוך מסגרת משלהן, שאפשר להגיע אליה גם במקלדת, ולתיבות הסימון ברשימות יש תוויות.
statement-done-8 = החיפוש מודיע לתוכנות הקראה כמה תוצאות נמצאו, ואפשר לעבור בין התוצאות בחצי המקלדת.
statement-done-9 = מי שביקש במכשיר להפחית תנועה לא יראה באתר אנימציות.
statement-done-10 = תבנית האתר נבדקת באופן אוטומטי בכל עמוד מול הנחיות <span lang="en" dir="ltr">WCAG 2.1</span> ברמה AA, גם על מסך ברוחב של טלפון.
statement-limits-id = מגבלות-ידועות
statement-limits = מה עוד לא נגיש
statement-limits-some = אנחנו ממשיכים לשפר את האתר, אבל יש בו חלקים שעדיין אינם נגישים במלואם:
statement-limits-none = כרגע לא ידוע לנו על חלקים באתר שאינם נגישים. אם נתקלתם בכזה, נשמח מאוד שתספרו לנו.
statement-physical-id = הסדרי-נגישות-פיזיים
statement-physical = הסדרי נגישות במקום שבו אנחנו מקבלים קהל
statement-contact-id = פנייה-בנושא-נגישות
statement-contact = פנייה בנושא נגישות
statement-contact-text = נתקלתם בקושי באתר, או שיש לכם הצעה לשיפור? אפשר לפנות אל רכז/ת הנגישות שלנו:
statement-name = שם:
statement-phone = טלפון:
statement-email = דואר אלקטרוני:
statement-help = כדי שנוכל לעזור, כדאי לכתוב באיזה עמוד הייתה הבעיה, מה ניסיתם לעשות ובאיזה דפדפן או טכנולוגיה מסייעת השתמשתם.
statement-last-review = תאריך העדכון האחרון של ההצהרה:
