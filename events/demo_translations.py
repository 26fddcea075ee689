"""Translations of the events app's German demo content, keyed by the German text (one dict per
language), merged into the site's and the members app's demo translations."""

from members.demo_translations import TRANSLATIONS as MEMBERS_TRANSLATIONS

EVENTS_TRANSLATIONS: dict[str, dict[str, str]] = {
    "en": {
        "Veranstaltungen": "Events",
        (
            "Netzwerktreffen, die Termine der Qualifizierungsmodule und die Angebote der "
            "Vereine in einem Kalender."
        ): (
            "Network meetings, the dates of the training modules and the associations' "
            "activities in one calendar."
        ),
        (
            "<p>Alle Mitgliedsorganisationen sind herzlich eingeladen. Bitte melden Sie sich "
            "an, damit wir planen können.</p>"
        ): (
            "<p>All member organisations are warmly invited. Please register so that we can "
            "plan.</p>"
        ),
        "Stufenloser Zugang, barrierefreie Toilette.": "Step-free access, accessible toilet.",
        "1. Netzwerktreffen": "1st network meeting",
        "Rathaus Oberhausen, Ratssaal": "Oberhausen Town Hall, council chamber",
        "2. Netzwerktreffen": "2nd network meeting",
        "Mevlana Moschee, Sterkrade": "Mevlana Mosque, Sterkrade",
        "3. Netzwerktreffen": "3rd network meeting",
        "Liberale Jüdische Gemeinde, Alt-Oberhausen": "Liberal Jewish Community, Alt-Oberhausen",
        "Modul 1: Kommunale Strukturen": "Module 1: Local government structures",
        "Volkshochschule Oberhausen": "Oberhausen Adult Education Centre",
        "Modul 2: Fundraising und Projektmittelakquise": (
            "Module 2: Fundraising and securing project funding"
        ),
        "Modul 3: Öffentlichkeits- und Lobbyarbeit": "Module 3: Public relations and advocacy",
        "Modul 4: Betriebswirtschaftliche Basics und EDV": "Module 4: Business basics and IT",
        "Modul 5: Erfolgreiche Netzwerkarbeit": "Module 5: Successful networking",
        "Elterncafé: Übergang in die weiterführende Schule": (
            "Parents' café: moving on to secondary school"
        ),
        "Gemeindehaus der Alevitischen Gemeinde": "Community hall of the Alevi Community",
        "Eltern fragen, Lehrkräfte antworten: Wie finden wir die passende Schule?": (
            "Parents ask, teachers answer: how do we find the right school?"
        ),
        "Offene Hausaufgabenhilfe": "Open homework help",
        "Mevlana Moschee, Jugendraum": "Mevlana Mosque, youth room",
        "Ehrenamtliche helfen Kindern der Klassen 1 bis 6 bei den Hausaufgaben.": (
            "Volunteers help children in years 1 to 6 with their homework."
        ),
        "Netzwerktreffen": "Network meeting",
        "Berichte aus den Vereinen, Planung der gemeinsamen Vorhaben im neuen Jahr.": (
            "Reports from the associations, planning the joint projects for the new year."
        ),
        "Modul 1: Kommunale Strukturen (Auffrischung)": (
            "Module 1: Local government structures (refresher)"
        ),
        (
            "Rat, Verwaltung und Integrationsrat: wer entscheidet was, und wie bringt ein "
            "Verein seine Anliegen ein?"
        ): (
            "Council, administration and integration council: who decides what, and how does "
            "an association raise its concerns?"
        ),
        "Modul 3: Pressearbeit für Vereine": "Module 3: Press work for associations",
        "Die eigene Pressemitteilung schreiben und mit der Lokalzeitung sprechen.": (
            "Write your own press release and talk to the local newspaper."
        ),
        "Tag der offenen Tür der Türkischen Gemeinde": "Open day at the Turkish Community",
        "Türkische Gemeinde Oberhausen": "Turkish Community Oberhausen",
        "Beratung, Sprachkurse und Musik: die Gemeinde stellt sich vor.": (
            "Advice, language courses and music: the community introduces itself."
        ),
    },
    "tr": {
        "Veranstaltungen": "Etkinlikler",
        (
            "Netzwerktreffen, die Termine der Qualifizierungsmodule und die Angebote der "
            "Vereine in einem Kalender."
        ): (
            "Ağ toplantıları, eğitim modüllerinin tarihleri ve derneklerin etkinlikleri tek "
            "bir takvimde."
        ),
        (
            "<p>Alle Mitgliedsorganisationen sind herzlich eingeladen. Bitte melden Sie sich "
            "an, damit wir planen können.</p>"
        ): (
            "<p>Tüm üye kuruluşlar içtenlikle davetlidir. Planlama yapabilmemiz için lütfen "
            "kaydolun.</p>"
        ),
        "Stufenloser Zugang, barrierefreie Toilette.": "Basamaksız giriş, engelli tuvaleti.",
        "1. Netzwerktreffen": "1. ağ toplantısı",
        "Rathaus Oberhausen, Ratssaal": "Oberhausen Belediye Binası, meclis salonu",
        "2. Netzwerktreffen": "2. ağ toplantısı",
        "Mevlana Moschee, Sterkrade": "Mevlana Camii, Sterkrade",
        "3. Netzwerktreffen": "3. ağ toplantısı",
        "Liberale Jüdische Gemeinde, Alt-Oberhausen": "Liberal Yahudi Cemaati, Alt-Oberhausen",
        "Modul 1: Kommunale Strukturen": "Modül 1: Yerel yönetim yapıları",
        "Volkshochschule Oberhausen": "Oberhausen Halk Eğitim Merkezi",
        "Modul 2: Fundraising und Projektmittelakquise": (
            "Modül 2: Bağış toplama ve proje fonu edinme"
        ),
        "Modul 3: Öffentlichkeits- und Lobbyarbeit": (
            "Modül 3: Halkla ilişkiler ve lobi çalışmaları"
        ),
        "Modul 4: Betriebswirtschaftliche Basics und EDV": (
            "Modül 4: İşletme temelleri ve bilgi işlem"
        ),
        "Modul 5: Erfolgreiche Netzwerkarbeit": "Modül 5: Başarılı ağ çalışması",
        "Elterncafé: Übergang in die weiterführende Schule": "Veli kafesi: Ortaokula geçiş",
        "Gemeindehaus der Alevitischen Gemeinde": "Alevi Cemaati'nin cemaat evi",
        "Eltern fragen, Lehrkräfte antworten: Wie finden wir die passende Schule?": (
            "Veliler soruyor, öğretmenler yanıtlıyor: Uygun okulu nasıl buluruz?"
        ),
        "Offene Hausaufgabenhilfe": "Açık ödev yardımı",
        "Mevlana Moschee, Jugendraum": "Mevlana Camii, gençlik odası",
        "Ehrenamtliche helfen Kindern der Klassen 1 bis 6 bei den Hausaufgaben.": (
            "Gönüllüler 1. ile 6. sınıf arasındaki çocuklara ödevlerinde yardım ediyor."
        ),
        "Netzwerktreffen": "Ağ toplantısı",
        "Berichte aus den Vereinen, Planung der gemeinsamen Vorhaben im neuen Jahr.": (
            "Derneklerden haberler, yeni yıldaki ortak projelerin planlanması."
        ),
        "Modul 1: Kommunale Strukturen (Auffrischung)": (
            "Modül 1: Yerel yönetim yapıları (tazeleme)"
        ),
        (
            "Rat, Verwaltung und Integrationsrat: wer entscheidet was, und wie bringt ein "
            "Verein seine Anliegen ein?"
        ): (
            "Belediye meclisi, belediye yönetimi ve Entegrasyon Meclisi: Kim neye karar "
            "verir ve bir dernek taleplerini nasıl dile getirir?"
        ),
        "Modul 3: Pressearbeit für Vereine": "Modül 3: Dernekler için basın çalışması",
        "Die eigene Pressemitteilung schreiben und mit der Lokalzeitung sprechen.": (
            "Kendi basın bülteninizi yazın ve yerel gazeteyle konuşun."
        ),
        "Tag der offenen Tür der Türkischen Gemeinde": "Türk Toplumu'nun açık kapı günü",
        "Türkische Gemeinde Oberhausen": "Oberhausen Türk Toplumu",
        "Beratung, Sprachkurse und Musik: die Gemeinde stellt sich vor.": (
            "Danışmanlık, dil kursları ve müzik: Dernek kendini tanıtıyor."
        ),
    },
    "ar": {
        "Veranstaltungen": "الفعاليات",
        (
            "Netzwerktreffen, die Termine der Qualifizierungsmodule und die Angebote der "
            "Vereine in einem Kalender."
        ): ("لقاءات الشبكة ومواعيد وحدات التأهيل وعروض الجمعيات في تقويم واحد."),
        (
            "<p>Alle Mitgliedsorganisationen sind herzlich eingeladen. Bitte melden Sie sich "
            "an, damit wir planen können.</p>"
        ): ("<p>ندعو جميع المنظمات الأعضاء بكل سرور. يرجى التسجيل حتى نتمكن من التخطيط.</p>"),
        "Stufenloser Zugang, barrierefreie Toilette.": "مدخل بلا درجات، ومرحاض مهيأ لذوي الإعاقة.",
        "1. Netzwerktreffen": "لقاء الشبكة الأول",
        "Rathaus Oberhausen, Ratssaal": "مبنى بلدية أوبرهاوزن، قاعة المجلس",
        "2. Netzwerktreffen": "لقاء الشبكة الثاني",
        "Mevlana Moschee, Sterkrade": "مسجد مولانا، شتيركراده",
        "3. Netzwerktreffen": "لقاء الشبكة الثالث",
        "Liberale Jüdische Gemeinde, Alt-Oberhausen": "الجالية اليهودية الليبرالية، ألت-أوبرهاوزن",
        "Modul 1: Kommunale Strukturen": "الوحدة 1: الهياكل البلدية",
        "Volkshochschule Oberhausen": "الجامعة الشعبية في أوبرهاوزن",
        "Modul 2: Fundraising und Projektmittelakquise": (
            "الوحدة 2: جمع التبرعات واستقطاب تمويل المشاريع"
        ),
        "Modul 3: Öffentlichkeits- und Lobbyarbeit": "الوحدة 3: العلاقات العامة وأعمال المناصرة",
        "Modul 4: Betriebswirtschaftliche Basics und EDV": (
            "الوحدة 4: أساسيات إدارة الأعمال وتقنية المعلومات"
        ),
        "Modul 5: Erfolgreiche Netzwerkarbeit": "الوحدة 5: العمل الشبكي الناجح",
        "Elterncafé: Übergang in die weiterführende Schule": (
            "مقهى الأهالي: الانتقال إلى المدرسة الثانوية"
        ),
        "Gemeindehaus der Alevitischen Gemeinde": "مقر الجالية العلوية",
        "Eltern fragen, Lehrkräfte antworten: Wie finden wir die passende Schule?": (
            "الأهالي يسألون والمعلمون يجيبون: كيف نجد المدرسة المناسبة؟"
        ),
        "Offene Hausaufgabenhilfe": "مساعدة مفتوحة في الواجبات المدرسية",
        "Mevlana Moschee, Jugendraum": "مسجد مولانا، غرفة الشباب",
        "Ehrenamtliche helfen Kindern der Klassen 1 bis 6 bei den Hausaufgaben.": (
            "متطوعون يساعدون أطفال الصفوف من الأول إلى السادس في واجباتهم المدرسية."
        ),
        "Netzwerktreffen": "لقاء الشبكة",
        "Berichte aus den Vereinen, Planung der gemeinsamen Vorhaben im neuen Jahr.": (
            "تقارير من الجمعيات، وتخطيط المشاريع المشتركة في العام الجديد."
        ),
        "Modul 1: Kommunale Strukturen (Auffrischung)": "الوحدة 1: الهياكل البلدية (دورة تنشيطية)",
        (
            "Rat, Verwaltung und Integrationsrat: wer entscheidet was, und wie bringt ein "
            "Verein seine Anliegen ein?"
        ): ("المجلس البلدي والإدارة ومجلس الاندماج: من يقرر ماذا، وكيف تطرح الجمعية مطالبها؟"),
        "Modul 3: Pressearbeit für Vereine": "الوحدة 3: العمل الصحفي للجمعيات",
        "Die eigene Pressemitteilung schreiben und mit der Lokalzeitung sprechen.": (
            "كتابة بيان صحفي خاص بالجمعية والتحدث مع الصحيفة المحلية."
        ),
        "Tag der offenen Tür der Türkischen Gemeinde": "يوم الأبواب المفتوحة في الجالية التركية",
        "Türkische Gemeinde Oberhausen": "الجالية التركية في أوبرهاوزن",
        "Beratung, Sprachkurse und Musik: die Gemeinde stellt sich vor.": (
            "استشارات ودورات لغة وموسيقى: الجالية تعرّف بنفسها."
        ),
    },
    "fr": {
        "Veranstaltungen": "Événements",
        (
            "Netzwerktreffen, die Termine der Qualifizierungsmodule und die Angebote der "
            "Vereine in einem Kalender."
        ): (
            "Les rencontres du réseau, les dates des modules de formation et les activités "
            "des associations dans un seul calendrier."
        ),
        (
            "<p>Alle Mitgliedsorganisationen sind herzlich eingeladen. Bitte melden Sie sich "
            "an, damit wir planen können.</p>"
        ): (
            "<p>Toutes les organisations membres sont cordialement invitées. Merci de vous "
            "inscrire afin que nous puissions nous organiser.</p>"
        ),
        "Stufenloser Zugang, barrierefreie Toilette.": (
            "Accès de plain-pied, toilettes accessibles."
        ),
        "1. Netzwerktreffen": "1re rencontre du réseau",
        "Rathaus Oberhausen, Ratssaal": "Hôtel de ville d'Oberhausen, salle du conseil",
        "2. Netzwerktreffen": "2e rencontre du réseau",
        "Mevlana Moschee, Sterkrade": "Mosquée Mevlana, Sterkrade",
        "3. Netzwerktreffen": "3e rencontre du réseau",
        "Liberale Jüdische Gemeinde, Alt-Oberhausen": "Communauté juive libérale, Alt-Oberhausen",
        "Modul 1: Kommunale Strukturen": "Module 1 : Structures municipales",
        "Volkshochschule Oberhausen": "Université populaire d'Oberhausen",
        "Modul 2: Fundraising und Projektmittelakquise": (
            "Module 2 : Collecte de fonds et recherche de financements de projets"
        ),
        "Modul 3: Öffentlichkeits- und Lobbyarbeit": "Module 3 : Relations publiques et plaidoyer",
        "Modul 4: Betriebswirtschaftliche Basics und EDV": (
            "Module 4 : Bases de la gestion et informatique"
        ),
        "Modul 5: Erfolgreiche Netzwerkarbeit": "Module 5 : Réussir le travail en réseau",
        "Elterncafé: Übergang in die weiterführende Schule": (
            "Café des parents : le passage au collège"
        ),
        "Gemeindehaus der Alevitischen Gemeinde": "Locaux de la communauté alévie",
        "Eltern fragen, Lehrkräfte antworten: Wie finden wir die passende Schule?": (
            "Les parents demandent, les enseignants répondent : comment trouver la bonne école ?"
        ),
        "Offene Hausaufgabenhilfe": "Aide aux devoirs ouverte à tous",
        "Mevlana Moschee, Jugendraum": "Mosquée Mevlana, salle des jeunes",
        "Ehrenamtliche helfen Kindern der Klassen 1 bis 6 bei den Hausaufgaben.": (
            "Des bénévoles aident les enfants de la 1re à la 6e année à faire leurs devoirs."
        ),
        "Netzwerktreffen": "Rencontre du réseau",
        "Berichte aus den Vereinen, Planung der gemeinsamen Vorhaben im neuen Jahr.": (
            "Nouvelles des associations, planification des projets communs pour la nouvelle année."
        ),
        "Modul 1: Kommunale Strukturen (Auffrischung)": (
            "Module 1 : Structures municipales (remise à niveau)"
        ),
        (
            "Rat, Verwaltung und Integrationsrat: wer entscheidet was, und wie bringt ein "
            "Verein seine Anliegen ein?"
        ): (
            "Conseil municipal, administration et conseil d'intégration : qui décide quoi, "
            "et comment une association fait-elle valoir ses préoccupations ?"
        ),
        "Modul 3: Pressearbeit für Vereine": "Module 3 : Relations presse pour les associations",
        "Die eigene Pressemitteilung schreiben und mit der Lokalzeitung sprechen.": (
            "Rédiger son propre communiqué de presse et parler avec le journal local."
        ),
        "Tag der offenen Tür der Türkischen Gemeinde": (
            "Journée portes ouvertes de la communauté turque"
        ),
        "Türkische Gemeinde Oberhausen": "Communauté turque d'Oberhausen",
        "Beratung, Sprachkurse und Musik: die Gemeinde stellt sich vor.": (
            "Conseil, cours de langue et musique : la communauté se présente."
        ),
    },
    "ru": {
        "Veranstaltungen": "Мероприятия",
        (
            "Netzwerktreffen, die Termine der Qualifizierungsmodule und die Angebote der "
            "Vereine in einem Kalender."
        ): ("Встречи сети, даты учебных модулей и предложения объединений в одном календаре."),
        (
            "<p>Alle Mitgliedsorganisationen sind herzlich eingeladen. Bitte melden Sie sich "
            "an, damit wir planen können.</p>"
        ): (
            "<p>Приглашаем все организации-члены. Пожалуйста, зарегистрируйтесь, чтобы мы "
            "могли всё спланировать.</p>"
        ),
        "Stufenloser Zugang, barrierefreie Toilette.": (
            "Вход без ступенек, туалет для людей с инвалидностью."
        ),
        "1. Netzwerktreffen": "1-я встреча сети",
        "Rathaus Oberhausen, Ratssaal": "Ратуша Оберхаузена, зал заседаний совета",
        "2. Netzwerktreffen": "2-я встреча сети",
        "Mevlana Moschee, Sterkrade": "Мечеть Мевлана, Штеркраде",
        "3. Netzwerktreffen": "3-я встреча сети",
        "Liberale Jüdische Gemeinde, Alt-Oberhausen": (
            "Либеральная еврейская община, Альт-Оберхаузен"
        ),
        "Modul 1: Kommunale Strukturen": "Модуль 1: Структуры местного самоуправления",
        "Volkshochschule Oberhausen": "Народный университет Оберхаузена",
        "Modul 2: Fundraising und Projektmittelakquise": (
            "Модуль 2: Фандрайзинг и привлечение средств на проекты"
        ),
        "Modul 3: Öffentlichkeits- und Lobbyarbeit": (
            "Модуль 3: Связи с общественностью и лоббирование"
        ),
        "Modul 4: Betriebswirtschaftliche Basics und EDV": "Модуль 4: Основы экономики и ИТ",
        "Modul 5: Erfolgreiche Netzwerkarbeit": "Модуль 5: Успешное сетевое взаимодействие",
        "Elterncafé: Übergang in die weiterführende Schule": (
            "Родительское кафе: переход в среднюю школу"
        ),
        "Gemeindehaus der Alevitischen Gemeinde": "Общинный дом алевитской общины",
        "Eltern fragen, Lehrkräfte antworten: Wie finden wir die passende Schule?": (
            "Родители спрашивают, учителя отвечают: как найти подходящую школу?"
        ),
        "Offene Hausaufgabenhilfe": "Открытая помощь с домашними заданиями",
        "Mevlana Moschee, Jugendraum": "Мечеть Мевлана, молодёжная комната",
        "Ehrenamtliche helfen Kindern der Klassen 1 bis 6 bei den Hausaufgaben.": (
            "Волонтёры помогают детям 1–6 классов с домашними заданиями."
        ),
        "Netzwerktreffen": "Встреча сети",
        "Berichte aus den Vereinen, Planung der gemeinsamen Vorhaben im neuen Jahr.": (
            "Новости от объединений, планирование совместных проектов на новый год."
        ),
        "Modul 1: Kommunale Strukturen (Auffrischung)": (
            "Модуль 1: Структуры местного самоуправления (повторный курс)"
        ),
        (
            "Rat, Verwaltung und Integrationsrat: wer entscheidet was, und wie bringt ein "
            "Verein seine Anliegen ein?"
        ): (
            "Городской совет, администрация и совет по интеграции: кто что решает и как "
            "объединению донести свои интересы?"
        ),
        "Modul 3: Pressearbeit für Vereine": "Модуль 3: Работа с прессой для объединений",
        "Die eigene Pressemitteilung schreiben und mit der Lokalzeitung sprechen.": (
            "Написать собственный пресс-релиз и поговорить с местной газетой."
        ),
        "Tag der offenen Tür der Türkischen Gemeinde": "День открытых дверей Турецкой общины",
        "Türkische Gemeinde Oberhausen": "Турецкая община Оберхаузена",
        "Beratung, Sprachkurse und Musik: die Gemeinde stellt sich vor.": (
            "Консультации, языковые курсы и музыка: община рассказывает о себе."
        ),
    },
}

TRANSLATIONS = {
    language: {**MEMBERS_TRANSLATIONS.get(language, {}), **strings}
    for language, strings in EVENTS_TRANSLATIONS.items()
}
