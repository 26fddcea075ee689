"""Translations of the members app's German demo content, keyed by the German text (one dict per
language), merged into the site's demo translations."""

from home.demo_translations import TRANSLATIONS as SITE_TRANSLATIONS

MEMBERS_TRANSLATIONS: dict[str, dict[str, str]] = {
    "en": {
        "Bildung": "Education",
        "Familienförderung": "Family support",
        "Sprachförderung": "Language support",
        "Prävention": "Prevention",
        "Qualifizierung": "Training",
        "Einbürgerung": "Naturalisation",
        "Sport": "Sport",
        "Mitgliedsorganisationen": "Member organisations",
        (
            "Moscheegemeinden, Kirchen, Kultur- und Elternvereine: Finden Sie die Vereine des "
            "Netzwerks nach Kooperationsfeld, Sprache und Stadtteil."
        ): (
            "Mosque communities, churches, cultural and parents' associations: find the "
            "network's associations by area of cooperation, language and district."
        ),
        "Extranet": "Extranet",
        "Neuigkeiten, Protokolle und Materialien für die Mitglieder des Netzwerks.": (
            "News, minutes and materials for the members of the network."
        ),
        "Protokolle": "Minutes",
        "Die Protokolle der Netzwerktreffen.": "The minutes of the network meetings.",
        "Modulmaterialien": "Module materials",
        "Folien, Handouts und Vorlagen der fünf Qualifizierungsmodule.": (
            "Slides, handouts and templates from the five training modules."
        ),
        "Protokoll des 1. Netzwerktreffens": "Minutes of the 1st network meeting",
        "Protokoll des 2. Netzwerktreffens": "Minutes of the 2nd network meeting",
        "Protokoll des 3. Netzwerktreffens": "Minutes of the 3rd network meeting",
        "Rathaus Oberhausen, Ratssaal": "Oberhausen Town Hall, council chamber",
        "Das Netzwerk trifft sich viermal im Jahr.": "The network meets four times a year.",
        "Die Planungsgruppe bereitet eine gemeinsame Zielvereinbarung vor.": (
            "The planning group is preparing a joint agreement on goals."
        ),
        "Die gemeinsamen Ziele sind beschlossen.": "The joint goals have been adopted.",
        "Modul 1 beginnt im Februar.": "Module 1 starts in February.",
        "Gemeinsames Sommerfest im Juni.": "Joint summer festival in June.",
        "Vorstellungsrunde der Vereine, Erwartungen an das Netzwerk.": (
            "Round of introductions by the associations; expectations of the network."
        ),
        "Bericht der Planungsgruppe; Abstimmung der Angebote für Familien.": (
            "Report from the planning group; coordinating the services for families."
        ),
        "Rückblick auf Modul 1, Planung des Sommerfests.": (
            "Review of Module 1; planning the summer festival."
        ),
        "Netzwerkmanagement der Stadt Oberhausen": "Network management, City of Oberhausen",
        "Anwesenheitsliste": "Attendance list",
        "Modul 1: Kommunale Strukturen": "Module 1: Local government structures",
        "Modul 2: Fundraising und Projektmittelakquise": (
            "Module 2: Fundraising and securing project funding"
        ),
        "Modul 3: Öffentlichkeits- und Lobbyarbeit": "Module 3: Public relations and advocacy",
        "Modul 4: Betriebswirtschaftliche Basics und EDV": "Module 4: Business basics and IT",
        "Modul 5: Erfolgreiche Netzwerkarbeit": "Module 5: Successful networking",
        "Unterlagen zum Modul.": "Materials for the module.",
    },
    "tr": {
        "Bildung": "Eğitim",
        "Familienförderung": "Aile desteği",
        "Sprachförderung": "Dil desteği",
        "Prävention": "Önleme çalışmaları",
        "Qualifizierung": "Yeterlilik geliştirme",
        "Einbürgerung": "Vatandaşlığa geçiş",
        "Sport": "Spor",
        "Mitgliedsorganisationen": "Üye kuruluşlar",
        (
            "Moscheegemeinden, Kirchen, Kultur- und Elternvereine: Finden Sie die Vereine des "
            "Netzwerks nach Kooperationsfeld, Sprache und Stadtteil."
        ): (
            "Cami cemaatleri, kiliseler, kültür ve veli dernekleri: Ağdaki dernekleri işbirliği "
            "alanına, dile ve semte göre bulun."
        ),
        "Extranet": "Ekstranet",
        "Neuigkeiten, Protokolle und Materialien für die Mitglieder des Netzwerks.": (
            "Ağın üyeleri için haberler, tutanaklar ve materyaller."
        ),
        "Protokolle": "Tutanaklar",
        "Die Protokolle der Netzwerktreffen.": "Ağ toplantılarının tutanakları.",
        "Modulmaterialien": "Modül materyalleri",
        "Folien, Handouts und Vorlagen der fünf Qualifizierungsmodule.": (
            "Beş eğitim modülünün sunum slaytları, el notları ve şablonları."
        ),
        "Protokoll des 1. Netzwerktreffens": "1. ağ toplantısının tutanağı",
        "Protokoll des 2. Netzwerktreffens": "2. ağ toplantısının tutanağı",
        "Protokoll des 3. Netzwerktreffens": "3. ağ toplantısının tutanağı",
        "Rathaus Oberhausen, Ratssaal": "Oberhausen Belediye Binası, meclis salonu",
        "Das Netzwerk trifft sich viermal im Jahr.": "Ağ yılda dört kez toplanır.",
        "Die Planungsgruppe bereitet eine gemeinsame Zielvereinbarung vor.": (
            "Planlama grubu ortak bir hedef anlaşması hazırlıyor."
        ),
        "Die gemeinsamen Ziele sind beschlossen.": "Ortak hedefler kararlaştırıldı.",
        "Modul 1 beginnt im Februar.": "Modül 1 şubatta başlıyor.",
        "Gemeinsames Sommerfest im Juni.": "Haziranda ortak yaz şenliği.",
        "Vorstellungsrunde der Vereine, Erwartungen an das Netzwerk.": (
            "Derneklerin tanışma turu, ağdan beklentiler."
        ),
        "Bericht der Planungsgruppe; Abstimmung der Angebote für Familien.": (
            "Planlama grubunun raporu; aileler için sunulan hizmetlerin uyumlu hale getirilmesi."
        ),
        "Rückblick auf Modul 1, Planung des Sommerfests.": (
            "Modül 1'in değerlendirmesi, yaz şenliğinin planlanması."
        ),
        "Netzwerkmanagement der Stadt Oberhausen": "Oberhausen Belediyesi ağ yönetimi",
        "Anwesenheitsliste": "Katılımcı listesi",
        "Modul 1: Kommunale Strukturen": "Modül 1: Yerel yönetim yapıları",
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
        "Unterlagen zum Modul.": "Modülle ilgili belgeler.",
    },
    "ar": {
        "Bildung": "التعليم",
        "Familienförderung": "دعم الأسرة",
        "Sprachförderung": "دعم تعلّم اللغة",
        "Prävention": "الوقاية",
        "Qualifizierung": "التأهيل",
        "Einbürgerung": "التجنّس",
        "Sport": "الرياضة",
        "Mitgliedsorganisationen": "المنظمات الأعضاء",
        (
            "Moscheegemeinden, Kirchen, Kultur- und Elternvereine: Finden Sie die Vereine des "
            "Netzwerks nach Kooperationsfeld, Sprache und Stadtteil."
        ): (
            "جمعيات المساجد والكنائس والجمعيات الثقافية وجمعيات أولياء الأمور: ابحثوا عن "
            "جمعيات الشبكة حسب مجال التعاون واللغة والحي."
        ),
        "Extranet": "الإكسترانت",
        "Neuigkeiten, Protokolle und Materialien für die Mitglieder des Netzwerks.": (
            "أخبار ومحاضر ومواد لأعضاء الشبكة."
        ),
        "Protokolle": "المحاضر",
        "Die Protokolle der Netzwerktreffen.": "محاضر لقاءات الشبكة.",
        "Modulmaterialien": "مواد الوحدات التأهيلية",
        "Folien, Handouts und Vorlagen der fünf Qualifizierungsmodule.": (
            "شرائح العرض والمطبوعات والنماذج الخاصة بالوحدات التأهيلية الخمس."
        ),
        "Protokoll des 1. Netzwerktreffens": "محضر اللقاء الأول للشبكة",
        "Protokoll des 2. Netzwerktreffens": "محضر اللقاء الثاني للشبكة",
        "Protokoll des 3. Netzwerktreffens": "محضر اللقاء الثالث للشبكة",
        "Rathaus Oberhausen, Ratssaal": "مبنى بلدية أوبرهاوزن، قاعة المجلس",
        "Das Netzwerk trifft sich viermal im Jahr.": "تجتمع الشبكة أربع مرات في السنة.",
        "Die Planungsgruppe bereitet eine gemeinsame Zielvereinbarung vor.": (
            "تُعِدّ مجموعة التخطيط اتفاقًا مشتركًا بشأن الأهداف."
        ),
        "Die gemeinsamen Ziele sind beschlossen.": "تم إقرار الأهداف المشتركة.",
        "Modul 1 beginnt im Februar.": "تبدأ الوحدة 1 في فبراير.",
        "Gemeinsames Sommerfest im Juni.": "مهرجان صيفي مشترك في يونيو.",
        "Vorstellungsrunde der Vereine, Erwartungen an das Netzwerk.": (
            "جولة تعارف بين الجمعيات، وتوقعاتها من الشبكة."
        ),
        "Bericht der Planungsgruppe; Abstimmung der Angebote für Familien.": (
            "تقرير مجموعة التخطيط؛ تنسيق الخدمات المقدَّمة للأسر."
        ),
        "Rückblick auf Modul 1, Planung des Sommerfests.": (
            "مراجعة الوحدة 1، والتخطيط للمهرجان الصيفي."
        ),
        "Netzwerkmanagement der Stadt Oberhausen": "إدارة الشبكة في مدينة أوبرهاوزن",
        "Anwesenheitsliste": "قائمة الحضور",
        "Modul 1: Kommunale Strukturen": "الوحدة 1: الهياكل البلدية",
        "Modul 2: Fundraising und Projektmittelakquise": (
            "الوحدة 2: جمع التبرعات واستقطاب تمويل المشاريع"
        ),
        "Modul 3: Öffentlichkeits- und Lobbyarbeit": "الوحدة 3: العلاقات العامة وأعمال المناصرة",
        "Modul 4: Betriebswirtschaftliche Basics und EDV": (
            "الوحدة 4: أساسيات إدارة الأعمال وتقنية المعلومات"
        ),
        "Modul 5: Erfolgreiche Netzwerkarbeit": "الوحدة 5: العمل الشبكي الناجح",
        "Unterlagen zum Modul.": "وثائق الوحدة.",
    },
    "fr": {
        "Bildung": "Éducation",
        "Familienförderung": "Soutien aux familles",
        "Sprachförderung": "Soutien linguistique",
        "Prävention": "Prévention",
        "Qualifizierung": "Formation",
        "Einbürgerung": "Naturalisation",
        "Sport": "Sport",
        "Mitgliedsorganisationen": "Organisations membres",
        (
            "Moscheegemeinden, Kirchen, Kultur- und Elternvereine: Finden Sie die Vereine des "
            "Netzwerks nach Kooperationsfeld, Sprache und Stadtteil."
        ): (
            "Associations de mosquées, paroisses, associations culturelles et de parents : "
            "trouvez les associations du réseau par domaine de coopération, langue et quartier."
        ),
        "Extranet": "Extranet",
        "Neuigkeiten, Protokolle und Materialien für die Mitglieder des Netzwerks.": (
            "Actualités, comptes rendus et documents pour les membres du réseau."
        ),
        "Protokolle": "Comptes rendus",
        "Die Protokolle der Netzwerktreffen.": "Les comptes rendus des rencontres du réseau.",
        "Modulmaterialien": "Documents des modules",
        "Folien, Handouts und Vorlagen der fünf Qualifizierungsmodule.": (
            "Diapositives, supports et modèles des cinq modules de formation."
        ),
        "Protokoll des 1. Netzwerktreffens": "Compte rendu de la 1re rencontre du réseau",
        "Protokoll des 2. Netzwerktreffens": "Compte rendu de la 2e rencontre du réseau",
        "Protokoll des 3. Netzwerktreffens": "Compte rendu de la 3e rencontre du réseau",
        "Rathaus Oberhausen, Ratssaal": "Hôtel de ville d'Oberhausen, salle du conseil",
        "Das Netzwerk trifft sich viermal im Jahr.": "Le réseau se réunit quatre fois par an.",
        "Die Planungsgruppe bereitet eine gemeinsame Zielvereinbarung vor.": (
            "Le groupe de planification prépare un accord commun sur les objectifs."
        ),
        "Die gemeinsamen Ziele sind beschlossen.": "Les objectifs communs sont adoptés.",
        "Modul 1 beginnt im Februar.": "Le module 1 commence en février.",
        "Gemeinsames Sommerfest im Juni.": "Fête d'été commune en juin.",
        "Vorstellungsrunde der Vereine, Erwartungen an das Netzwerk.": (
            "Tour de présentation des associations, attentes vis-à-vis du réseau."
        ),
        "Bericht der Planungsgruppe; Abstimmung der Angebote für Familien.": (
            "Rapport du groupe de planification ; coordination des offres pour les familles."
        ),
        "Rückblick auf Modul 1, Planung des Sommerfests.": (
            "Bilan du module 1, préparation de la fête d'été."
        ),
        "Netzwerkmanagement der Stadt Oberhausen": "Gestion du réseau, ville d'Oberhausen",
        "Anwesenheitsliste": "Liste de présence",
        "Modul 1: Kommunale Strukturen": "Module 1 : Structures municipales",
        "Modul 2: Fundraising und Projektmittelakquise": (
            "Module 2 : Collecte de fonds et recherche de financements de projets"
        ),
        "Modul 3: Öffentlichkeits- und Lobbyarbeit": "Module 3 : Relations publiques et plaidoyer",
        "Modul 4: Betriebswirtschaftliche Basics und EDV": (
            "Module 4 : Bases de la gestion et informatique"
        ),
        "Modul 5: Erfolgreiche Netzwerkarbeit": "Module 5 : Réussir le travail en réseau",
        "Unterlagen zum Modul.": "Documents du module.",
    },
    "ru": {
        "Bildung": "Образование",
        "Familienförderung": "Поддержка семей",
        "Sprachförderung": "Языковая поддержка",
        "Prävention": "Профилактика",
        "Qualifizierung": "Повышение квалификации",
        "Einbürgerung": "Получение гражданства",
        "Sport": "Спорт",
        "Mitgliedsorganisationen": "Организации-участники",
        (
            "Moscheegemeinden, Kirchen, Kultur- und Elternvereine: Finden Sie die Vereine des "
            "Netzwerks nach Kooperationsfeld, Sprache und Stadtteil."
        ): (
            "Общины мечетей, церковные общины, культурные и родительские объединения: "
            "найдите объединения сети по направлению сотрудничества, языку и району."
        ),
        "Extranet": "Экстранет",
        "Neuigkeiten, Protokolle und Materialien für die Mitglieder des Netzwerks.": (
            "Новости, протоколы и материалы для участников сети."
        ),
        "Protokolle": "Протоколы",
        "Die Protokolle der Netzwerktreffen.": "Протоколы встреч сети.",
        "Modulmaterialien": "Материалы модулей",
        "Folien, Handouts und Vorlagen der fünf Qualifizierungsmodule.": (
            "Слайды, раздаточные материалы и шаблоны пяти учебных модулей."
        ),
        "Protokoll des 1. Netzwerktreffens": "Протокол 1-й встречи сети",
        "Protokoll des 2. Netzwerktreffens": "Протокол 2-й встречи сети",
        "Protokoll des 3. Netzwerktreffens": "Протокол 3-й встречи сети",
        "Rathaus Oberhausen, Ratssaal": "Ратуша Оберхаузена, зал заседаний совета",
        "Das Netzwerk trifft sich viermal im Jahr.": "Сеть собирается четыре раза в год.",
        "Die Planungsgruppe bereitet eine gemeinsame Zielvereinbarung vor.": (
            "Группа планирования готовит общее соглашение о целях."
        ),
        "Die gemeinsamen Ziele sind beschlossen.": "Общие цели утверждены.",
        "Modul 1 beginnt im Februar.": "Модуль 1 начинается в феврале.",
        "Gemeinsames Sommerfest im Juni.": "Общий летний праздник в июне.",
        "Vorstellungsrunde der Vereine, Erwartungen an das Netzwerk.": (
            "Знакомство с объединениями, ожидания от сети."
        ),
        "Bericht der Planungsgruppe; Abstimmung der Angebote für Familien.": (
            "Отчёт группы планирования; согласование предложений для семей."
        ),
        "Rückblick auf Modul 1, Planung des Sommerfests.": (
            "Итоги модуля 1, подготовка летнего праздника."
        ),
        "Netzwerkmanagement der Stadt Oberhausen": "Управление сетью города Оберхаузен",
        "Anwesenheitsliste": "Список присутствующих",
        "Modul 1: Kommunale Strukturen": "Модуль 1: Структуры местного самоуправления",
        "Modul 2: Fundraising und Projektmittelakquise": (
            "Модуль 2: Фандрайзинг и привлечение средств на проекты"
        ),
        "Modul 3: Öffentlichkeits- und Lobbyarbeit": (
            "Модуль 3: Связи с общественностью и лоббирование"
        ),
        "Modul 4: Betriebswirtschaftliche Basics und EDV": "Модуль 4: Основы экономики и ИТ",
        "Modul 5: Erfolgreiche Netzwerkarbeit": "Модуль 5: Успешное сетевое взаимодействие",
        "Unterlagen zum Modul.": "Материалы модуля.",
    },
}

TRANSLATIONS = {
    language: {**SITE_TRANSLATIONS.get(language, {}), **MEMBERS_TRANSLATIONS.get(language, {})}
    for language in set(SITE_TRANSLATIONS) | set(MEMBERS_TRANSLATIONS)
}
