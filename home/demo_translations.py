"""Translations of the German demo content, keyed by the German text (one dict per language)."""

TRANSLATIONS: dict[str, dict[str, str]] = {
    "en": {
        "Gemeinsam stark in Sachen Integration": "Stronger together for integration",
        "start": "home",
        (
            "Das Netzwerk der Oberhausener Migrantenselbstorganisationen verbindet "
            "Moscheegemeinden, Kirchen, Kulturvereine und Elterninitiativen. Gemeinsam stimmen "
            "wir unsere Angebote ab, bilden uns weiter und sind Partner der Stadt."
        ): (
            "The network of migrant self-organisations in Oberhausen brings together mosque "
            "communities, churches, cultural associations and parents' initiatives. Together "
            "we coordinate what we offer, continue our training and work as partners of the "
            "city."
        ),
        (
            "Das Netzwerk der Migrantenselbstorganisationen in Oberhausen: Vernetzung, "
            "Qualifizierung und gemeinsame Initiativen."
        ): (
            "The network of migrant self-organisations in Oberhausen: networking, training and "
            "joint initiatives."
        ),
        "Was das Netzwerk tut": "What the network does",
        (
            "Rund 50 Migrantenselbstorganisationen leisten in Oberhausen wertvolle, meist "
            "ehrenamtliche Integrationsarbeit. Im Netzwerk stimmen sie ihre Angebote zeitlich, "
            "inhaltlich und räumlich aufeinander ab und planen gemeinsame Vorhaben."
        ): (
            "Around 50 migrant self-organisations do valuable integration work in Oberhausen, "
            "most of it on a voluntary basis. In the network they coordinate their services in "
            "terms of timing, content and location, and plan joint projects."
        ),
        (
            "In fünf Qualifizierungsmodulen stärken die Vereine ihre Kompetenzen: von "
            "kommunalen Strukturen über Fundraising bis zur erfolgreichen Netzwerkarbeit."
        ): (
            "In five training modules the associations strengthen their skills: from local "
            "government structures and fundraising to successful networking."
        ),
        "Zusammen erreichen wir mehr als jeder Verein für sich allein.": (
            "Together we achieve more than any association could on its own."
        ),
        "Aus der Planungsgruppe MSO-Verbund": "From the MSO network planning group",
        "Ihr Verein möchte mitmachen?": "Would your association like to join?",
        "Die Koordinierungsstelle Integration berät Sie gern.": (
            "The Integration Coordination Office will be happy to advise you."
        ),
        "Mehr über das Netzwerk": "More about the network",
        "Über das Netzwerk": "About the network",
        "ueber-das-netzwerk": "about-the-network",
        (
            "Ein herkunftsübergreifendes Netzwerk, begleitet von der Koordinierungsstelle "
            "Integration der Stadt Oberhausen."
        ): (
            "A network that brings together people of all origins, supported by the "
            "Integration Coordination Office of the City of Oberhausen."
        ),
        "Unsere Ziele": "Our goals",
        (
            "Ein selbsttragendes Kooperationsnetzwerk der örtlichen "
            "Migrantenselbstorganisationen ist fest etabliert, und ihre Handlungskompetenzen "
            "sind nachhaltig gestärkt."
        ): (
            "A self-sustaining cooperation network of local migrant self-organisations is "
            "firmly established, and their capacity to act is strengthened for the long term."
        ),
        "Unsere Kooperationsfelder": "Our areas of cooperation",
        "Bildung": "Education",
        "Familienförderung": "Family support",
        "Sprachförderung": "Language support",
        "Prävention": "Prevention",
        "Qualifizierung": "Training",
        "Einbürgerung": "Naturalisation",
        "Integration durch Sport": "Integration through sport",
        "Leichte Sprache": "Easy language",
        "leichte-sprache": "easy-language",
        "Hier erklären wir das Netzwerk in Leichter Sprache.": (
            "Here we explain the network in easy language."
        ),
        "Was ist das Netzwerk?": "What is the network?",
        "In Oberhausen gibt es viele Vereine von Menschen aus anderen Ländern.": (
            "In Oberhausen there are many clubs of people from other countries."
        ),
        "Diese Vereine arbeiten zusammen.": "These clubs work together.",
        "Sie helfen Menschen, in Oberhausen gut zu leben.": (
            "They help people to live well in Oberhausen."
        ),
        "Was machen wir?": "What do we do?",
        "Wir treffen uns regelmäßig.": "We meet regularly.",
        "Wir lernen zusammen in Kursen.": "We learn together in courses.",
        "Wir machen gemeinsame Projekte.": "We do projects together.",
        "Impressum": "Legal notice",
        "impressum": "legal-notice",
        "Angaben gemäß § 5 DDG.": "Information pursuant to § 5 DDG (German Digital Services Act).",
        (
            "Stadt Oberhausen, Büro für Chancengleichheit, Koordinierungsstelle Integration, "
            "Concordiastraße 30, 46042 Oberhausen."
        ): (
            "City of Oberhausen, Equal Opportunities Office, Integration Coordination Office, "
            "Concordiastraße 30, 46042 Oberhausen."
        ),
        "Telefon: 0208 825-9042": "Phone: 0208 825-9042",
        "Datenschutz": "Privacy policy",
        "datenschutz": "privacy",
        "Wie wir mit Ihren Daten umgehen.": "How we handle your data.",
        (
            "Diese Website lädt keine Inhalte von anderen Servern und verwendet keine "
            "Tracking-Werkzeuge. Deshalb brauchen wir kein Cookie-Banner."
        ): (
            "This website does not load any content from other servers and does not use any "
            "tracking tools. That is why we do not need a cookie banner."
        ),
        (
            "Fragebögen können anonym ausgefüllt werden. Mitglieder können ihre Daten "
            "jederzeit herunterladen und ihr Konto löschen."
        ): (
            "Questionnaires can be filled in anonymously. Members can download their data and "
            "delete their account at any time."
        ),
        "Erklärung zur Barrierefreiheit": "Accessibility statement",
        "barrierefreiheit": "accessibility",
        "Wir möchten, dass alle Menschen diese Website nutzen können.": (
            "We want everyone to be able to use this website."
        ),
        (
            "Diese Website soll die Anforderungen der BITV 2.0 und der WCAG 2.1 auf Stufe AA "
            "erfüllen."
        ): "This website aims to meet the requirements of BITV 2.0 and WCAG 2.1 at level AA.",
        "Barrieren melden": "Report a barrier",
        (
            "Sie haben eine Barriere gefunden? Schreiben Sie uns an integration@example.org "
            "oder rufen Sie uns an: 0208 825-9042."
        ): (
            "Have you found a barrier? Write to us at integration@example.org or call us on "
            "0208 825-9042."
        ),
        "Kommunale Strukturen": "Local government structures",
        (
            "Wie funktionieren Rat, Verwaltung und Integrationsrat? Wer ist wofür zuständig, "
            "und wie bringt ein Verein seine Anliegen ein?"
        ): (
            "How do the city council, the administration and the integration council work? Who "
            "is responsible for what, and how can an association make its concerns heard?"
        ),
        "Fundraising und Projektmittelakquise": "Fundraising and securing project funding",
        (
            "Förderprogramme finden, Anträge schreiben, Spenden gewinnen und Projektmittel "
            "richtig abrechnen."
        ): (
            "Finding funding programmes, writing applications, attracting donations and "
            "accounting correctly for project funds."
        ),
        "Öffentlichkeits- und Lobbyarbeit": "Public relations and advocacy",
        "Pressearbeit, soziale Medien und Gespräche mit der Politik: wie ein Verein gehört wird.": (
            "Press relations, social media and talks with politicians: how an association gets "
            "heard."
        ),
        "Betriebswirtschaftliche Basics und EDV": "Business basics and IT",
        (
            "Buchführung, Vereinsfinanzen, Datenschutz und die wichtigsten Programme für die "
            "Vereinsarbeit."
        ): (
            "Bookkeeping, association finances, data protection and the most important "
            "software for running an association."
        ),
        "Erfolgreiche Netzwerkarbeit": "Successful networking",
        (
            "Kooperationen aufbauen und pflegen, gemeinsame Vorhaben planen und das Netzwerk "
            "auf eigene Füße stellen."
        ): (
            "Building and maintaining partnerships, planning joint projects and making the "
            "network self-sustaining."
        ),
        "Aktuelles": "News",
        "aktuelles": "news",
        "Neuigkeiten aus dem Netzwerk und seinen Vereinen.": (
            "Latest news from the network and its member associations."
        ),
        "Drittes Netzwerktreffen im Rathaus": "Third network meeting at the town hall",
        "drittes-netzwerktreffen": "third-network-meeting",
        (
            "Vertreterinnen und Vertreter aus neun Vereinen haben gemeinsame Ziele für das "
            "kommende Jahr vereinbart."
        ): (
            "Representatives from nine associations have agreed on shared goals for the coming "
            "year."
        ),
        (
            "Beim dritten Netzwerktreffen ging es um die Abstimmung der Angebote in den "
            "Stadtteilen. Die Vereine wollen ihre Hausaufgabenhilfen künftig so planen, dass sie "
            "sich zeitlich nicht überschneiden."
        ): (
            "The third network meeting focused on coordinating the services offered in the "
            "different districts. In future, the associations want to plan their homework support "
            "sessions so that their times do not overlap."
        ),
        "Wir kennen uns jetzt besser und können einander Familien empfehlen.": (
            "We know each other better now and can refer families to one another."
        ),
        "Eine Teilnehmerin": "A participant",
        "Qualifizierungsmodul Fundraising startet": "Fundraising training module begins",
        "modul-fundraising-startet": "fundraising-module-begins",
        (
            "Im zweiten Modul lernen die Vereine, Förderprogramme zu finden und Anträge zu "
            "schreiben."
        ): (
            "In the second module, the associations learn how to find funding programmes and write "
            "applications."
        ),
        (
            "Das Modul umfasst drei Abende. Eine erfahrene Referentin zeigt, wie man "
            "Förderprogramme findet, einen Antrag schreibt und Projektmittel richtig abrechnet."
        ): (
            "The module consists of three evening sessions. An experienced trainer shows how to "
            "find funding programmes, write an application and account correctly for project "
            "funds."
        ),
        "Die Teilnahme ist für Mitglieder aller Vereine im Netzwerk kostenlos.": (
            "Participation is free of charge for members of all associations in the network."
        ),
        "Gemeinsames Sommerfest im Stadtteil Lirich": (
            "Joint summer festival in the Lirich district"
        ),
        "sommerfest-lirich": "summer-festival-lirich",
        "Fünf Vereine laden gemeinsam zu Musik, Essen und Spielen für Familien ein.": (
            "Five associations are joining forces to invite families to enjoy music, food and "
            "games."
        ),
        (
            "Das Sommerfest ist das erste gemeinsame Vorhaben mehrerer Vereine aus dem Netzwerk. "
            "Es gibt Musik aus vielen Ländern, Essen und Spiele für Kinder."
        ): (
            "The summer festival is the first joint project by several associations in the "
            "network. There will be music from many countries, food and games for children."
        ),
        "Kooperation mit der Gesamtschule vereinbart": (
            "Partnership agreed with the comprehensive school"
        ),
        "kooperation-gesamtschule": "comprehensive-school-partnership",
        "Eine Schule und drei Vereine bieten zusammen Sprechstunden für Eltern an.": (
            "A school and three associations are jointly offering advice sessions for parents."
        ),
        (
            "Einmal im Monat beraten Mitglieder der Vereine Eltern in ihrer Herkunftssprache zu "
            "Fragen rund um die Schule."
        ): (
            "Once a month, members of the associations advise parents in their first language on "
            "all matters relating to school."
        ),
        "Das Netzwerk hat eine neue Website": "The network has a new website",
        "neue-website": "new-website",
        "Nachrichten, Termine und das Verzeichnis der Vereine gibt es jetzt in sechs Sprachen.": (
            "News, events and the directory of associations are now available in six languages."
        ),
        (
            "Die Website ist in Deutsch, Englisch, Türkisch, Arabisch, Französisch und Russisch "
            "verfügbar. Sie lädt keine Inhalte von fremden Servern."
        ): (
            "The website is available in German, English, Turkish, Arabic, French and Russian. It "
            "does not load any content from external servers."
        ),
        "Netzwerktreffen": "Network meetings",
        "Gemeinsame Vorhaben": "Joint projects",
        "Kooperationen": "Partnerships",
        "Netzwerk": "Network",
        "Stilisierte Darstellung: Menschen sitzen im Kreis um einen runden Tisch.": (
            "Stylised illustration: people sitting in a circle around a round table."
        ),
        "Stilisierte Darstellung: eine Tafel mit Diagrammen vor Stuhlreihen.": (
            "Stylised illustration: a board with diagrams in front of rows of chairs."
        ),
        "Stilisierte Darstellung: bunte Wimpelketten über einem Platz.": (
            "Stylised illustration: colourful bunting strung above a square."
        ),
    },
    "tr": {
        "Gemeinsam stark in Sachen Integration": "Entegrasyon için birlikte güçlüyüz",
        "start": "anasayfa",
        (
            "Das Netzwerk der Oberhausener Migrantenselbstorganisationen verbindet "
            "Moscheegemeinden, Kirchen, Kulturvereine und Elterninitiativen. Gemeinsam stimmen "
            "wir unsere Angebote ab, bilden uns weiter und sind Partner der Stadt."
        ): (
            "Oberhausen'deki göçmen öz örgütleri ağı; cami cemaatlerini, kiliseleri, kültür "
            "derneklerini ve veli girişimlerini bir araya getiriyor. Hizmetlerimizi birlikte "
            "uyumlu hale getiriyor, kendimizi geliştiriyor ve şehrin ortağı olarak çalışıyoruz."
        ),
        (
            "Das Netzwerk der Migrantenselbstorganisationen in Oberhausen: Vernetzung, "
            "Qualifizierung und gemeinsame Initiativen."
        ): (
            "Oberhausen'deki göçmen öz örgütleri ağı: ağ kurma, yeterlilik geliştirme ve ortak "
            "girişimler."
        ),
        "Was das Netzwerk tut": "Ağın çalışmaları",
        (
            "Rund 50 Migrantenselbstorganisationen leisten in Oberhausen wertvolle, meist "
            "ehrenamtliche Integrationsarbeit. Im Netzwerk stimmen sie ihre Angebote zeitlich, "
            "inhaltlich und räumlich aufeinander ab und planen gemeinsame Vorhaben."
        ): (
            "Oberhausen'de yaklaşık 50 göçmen öz örgütü, çoğunlukla gönüllü olarak değerli "
            "entegrasyon çalışmaları yürütüyor. Ağ içinde hizmetlerini zaman, içerik ve mekân "
            "açısından birbiriyle uyumlu hale getiriyor ve ortak projeler planlıyorlar."
        ),
        (
            "In fünf Qualifizierungsmodulen stärken die Vereine ihre Kompetenzen: von "
            "kommunalen Strukturen über Fundraising bis zur erfolgreichen Netzwerkarbeit."
        ): (
            "Dernekler beş eğitim modülünde yetkinliklerini güçlendiriyor: yerel yönetim "
            "yapılarından bağış toplamaya ve başarılı ağ çalışmasına kadar."
        ),
        "Zusammen erreichen wir mehr als jeder Verein für sich allein.": (
            "Birlikte, her derneğin tek başına başarabileceğinden fazlasını başarıyoruz."
        ),
        "Aus der Planungsgruppe MSO-Verbund": "MSO Birliği planlama grubundan",
        "Ihr Verein möchte mitmachen?": "Derneğiniz ağa katılmak mı istiyor?",
        "Die Koordinierungsstelle Integration berät Sie gern.": (
            "Entegrasyon Koordinasyon Birimi size memnuniyetle danışmanlık yapar."
        ),
        "Mehr über das Netzwerk": "Ağ hakkında daha fazla bilgi",
        "Über das Netzwerk": "Ağ hakkında",
        "ueber-das-netzwerk": "ag-hakkinda",
        (
            "Ein herkunftsübergreifendes Netzwerk, begleitet von der Koordinierungsstelle "
            "Integration der Stadt Oberhausen."
        ): (
            "Farklı kökenlerden insanları bir araya getiren ve Oberhausen Belediyesi "
            "Entegrasyon Koordinasyon Birimi'nin eşlik ettiği bir ağ."
        ),
        "Unsere Ziele": "Hedeflerimiz",
        (
            "Ein selbsttragendes Kooperationsnetzwerk der örtlichen "
            "Migrantenselbstorganisationen ist fest etabliert, und ihre Handlungskompetenzen "
            "sind nachhaltig gestärkt."
        ): (
            "Yerel göçmen öz örgütlerinin kendi ayakları üzerinde duran bir işbirliği ağı "
            "kalıcı olarak kurulmuş ve bu örgütlerin hareket yetkinlikleri sürdürülebilir "
            "biçimde güçlenmiştir."
        ),
        "Unsere Kooperationsfelder": "İşbirliği alanlarımız",
        "Bildung": "Eğitim",
        "Familienförderung": "Aile desteği",
        "Sprachförderung": "Dil desteği",
        "Prävention": "Önleme çalışmaları",
        "Qualifizierung": "Yeterlilik geliştirme",
        "Einbürgerung": "Vatandaşlığa geçiş",
        "Integration durch Sport": "Spor yoluyla entegrasyon",
        "Leichte Sprache": "Kolay dil",
        "leichte-sprache": "kolay-dil",
        "Hier erklären wir das Netzwerk in Leichter Sprache.": (
            "Burada ağı kolay bir dille anlatıyoruz."
        ),
        "Was ist das Netzwerk?": "Ağ nedir?",
        "In Oberhausen gibt es viele Vereine von Menschen aus anderen Ländern.": (
            "Oberhausen'de başka ülkelerden gelen insanların birçok derneği var."
        ),
        "Diese Vereine arbeiten zusammen.": "Bu dernekler birlikte çalışıyor.",
        "Sie helfen Menschen, in Oberhausen gut zu leben.": (
            "İnsanların Oberhausen'de iyi yaşamasına yardım ediyorlar."
        ),
        "Was machen wir?": "Ne yapıyoruz?",
        "Wir treffen uns regelmäßig.": "Düzenli olarak buluşuyoruz.",
        "Wir lernen zusammen in Kursen.": "Kurslarda birlikte öğreniyoruz.",
        "Wir machen gemeinsame Projekte.": "Birlikte projeler yapıyoruz.",
        "Impressum": "Künye",
        "impressum": "kunye",
        "Angaben gemäß § 5 DDG.": "§ 5 DDG (Almanya Dijital Hizmetler Yasası) uyarınca bilgiler.",
        (
            "Stadt Oberhausen, Büro für Chancengleichheit, Koordinierungsstelle Integration, "
            "Concordiastraße 30, 46042 Oberhausen."
        ): (
            "Oberhausen Belediyesi, Fırsat Eşitliği Bürosu, Entegrasyon Koordinasyon Birimi, "
            "Concordiastraße 30, 46042 Oberhausen."
        ),
        "Telefon: 0208 825-9042": "Telefon: 0208 825-9042",
        "Datenschutz": "Veri koruma",
        "datenschutz": "veri-koruma",
        "Wie wir mit Ihren Daten umgehen.": "Verilerinizi nasıl işlediğimizi açıklıyoruz.",
        (
            "Diese Website lädt keine Inhalte von anderen Servern und verwendet keine "
            "Tracking-Werkzeuge. Deshalb brauchen wir kein Cookie-Banner."
        ): (
            "Bu web sitesi başka sunuculardan içerik yüklemez ve izleme araçları kullanmaz. Bu "
            "nedenle çerez uyarısına ihtiyaç duymuyoruz."
        ),
        (
            "Fragebögen können anonym ausgefüllt werden. Mitglieder können ihre Daten "
            "jederzeit herunterladen und ihr Konto löschen."
        ): (
            "Anketler anonim olarak doldurulabilir. Üyeler verilerini istedikleri zaman "
            "indirebilir ve hesaplarını silebilir."
        ),
        "Erklärung zur Barrierefreiheit": "Erişilebilirlik beyanı",
        "barrierefreiheit": "erisilebilirlik",
        "Wir möchten, dass alle Menschen diese Website nutzen können.": (
            "Herkesin bu web sitesini kullanabilmesini istiyoruz."
        ),
        (
            "Diese Website soll die Anforderungen der BITV 2.0 und der WCAG 2.1 auf Stufe AA "
            "erfüllen."
        ): (
            "Bu web sitesi, BITV 2.0 ve WCAG 2.1 AA seviyesi gerekliliklerini karşılamayı "
            "amaçlamaktadır."
        ),
        "Barrieren melden": "Engelleri bildirin",
        (
            "Sie haben eine Barriere gefunden? Schreiben Sie uns an integration@example.org "
            "oder rufen Sie uns an: 0208 825-9042."
        ): (
            "Bir engelle mi karşılaştınız? Bize integration@example.org adresinden yazın ya da "
            "0208 825-9042 numaralı telefondan bizi arayın."
        ),
        "Kommunale Strukturen": "Yerel yönetim yapıları",
        (
            "Wie funktionieren Rat, Verwaltung und Integrationsrat? Wer ist wofür zuständig, "
            "und wie bringt ein Verein seine Anliegen ein?"
        ): (
            "Belediye meclisi, belediye yönetimi ve Entegrasyon Meclisi nasıl işler? Kim neden "
            "sorumludur ve bir dernek taleplerini nasıl dile getirebilir?"
        ),
        "Fundraising und Projektmittelakquise": "Bağış toplama ve proje fonu edinme",
        (
            "Förderprogramme finden, Anträge schreiben, Spenden gewinnen und Projektmittel "
            "richtig abrechnen."
        ): (
            "Destek programlarını bulmak, başvuru yazmak, bağış toplamak ve proje fonlarının "
            "hesabını doğru biçimde vermek."
        ),
        "Öffentlichkeits- und Lobbyarbeit": "Halkla ilişkiler ve lobi çalışmaları",
        "Pressearbeit, soziale Medien und Gespräche mit der Politik: wie ein Verein gehört wird.": (
            "Basın çalışmaları, sosyal medya ve siyasetçilerle görüşmeler: bir derneğin sesini "
            "duyurmanın yolları."
        ),
        "Betriebswirtschaftliche Basics und EDV": "İşletme temelleri ve bilgi işlem",
        (
            "Buchführung, Vereinsfinanzen, Datenschutz und die wichtigsten Programme für die "
            "Vereinsarbeit."
        ): (
            "Muhasebe, dernek finansmanı, veri koruma ve dernek çalışmaları için en önemli "
            "programlar."
        ),
        "Erfolgreiche Netzwerkarbeit": "Başarılı ağ çalışması",
        (
            "Kooperationen aufbauen und pflegen, gemeinsame Vorhaben planen und das Netzwerk "
            "auf eigene Füße stellen."
        ): (
            "İşbirlikleri kurmak ve sürdürmek, ortak projeler planlamak ve ağı kendi ayakları "
            "üzerinde durur hale getirmek."
        ),
        "Aktuelles": "Haberler",
        "aktuelles": "haberler",
        "Neuigkeiten aus dem Netzwerk und seinen Vereinen.": "Ağdan ve üye derneklerden haberler.",
        "Drittes Netzwerktreffen im Rathaus": "Belediye binasında üçüncü ağ toplantısı",
        "drittes-netzwerktreffen": "ucuncu-ag-toplantisi",
        (
            "Vertreterinnen und Vertreter aus neun Vereinen haben gemeinsame Ziele für das "
            "kommende Jahr vereinbart."
        ): "Dokuz dernekten temsilciler, önümüzdeki yıl için ortak hedefler üzerinde anlaştı.",
        (
            "Beim dritten Netzwerktreffen ging es um die Abstimmung der Angebote in den "
            "Stadtteilen. Die Vereine wollen ihre Hausaufgabenhilfen künftig so planen, dass sie "
            "sich zeitlich nicht überschneiden."
        ): (
            "Üçüncü ağ toplantısının gündeminde semtlerdeki hizmetlerin birbiriyle uyumlu hale "
            "getirilmesi vardı. Dernekler, ödev yardımı saatlerini bundan sonra birbiriyle "
            "çakışmayacak şekilde planlamak istiyor."
        ),
        "Wir kennen uns jetzt besser und können einander Familien empfehlen.": (
            "Artık birbirimizi daha iyi tanıyoruz ve aileleri birbirimize yönlendirebiliyoruz."
        ),
        "Eine Teilnehmerin": "Bir katılımcı",
        "Qualifizierungsmodul Fundraising startet": "Bağış toplama eğitim modülü başlıyor",
        "modul-fundraising-startet": "bagis-toplama-modulu-basliyor",
        (
            "Im zweiten Modul lernen die Vereine, Förderprogramme zu finden und Anträge zu "
            "schreiben."
        ): "Dernekler ikinci modülde destek programlarını bulmayı ve başvuru yazmayı öğreniyor.",
        (
            "Das Modul umfasst drei Abende. Eine erfahrene Referentin zeigt, wie man "
            "Förderprogramme findet, einen Antrag schreibt und Projektmittel richtig abrechnet."
        ): (
            "Modül üç akşamdan oluşuyor. Deneyimli bir eğitmen; destek programlarının nasıl "
            "bulunacağını, başvurunun nasıl yazılacağını ve proje fonlarının hesabının nasıl doğru "
            "biçimde verileceğini gösteriyor."
        ),
        "Die Teilnahme ist für Mitglieder aller Vereine im Netzwerk kostenlos.": (
            "Katılım, ağdaki tüm derneklerin üyeleri için ücretsizdir."
        ),
        "Gemeinsames Sommerfest im Stadtteil Lirich": "Lirich semtinde ortak yaz şenliği",
        "sommerfest-lirich": "lirich-yaz-senligi",
        "Fünf Vereine laden gemeinsam zu Musik, Essen und Spielen für Familien ein.": (
            "Beş dernek, aileleri birlikte müzik, yemek ve oyunlarla dolu bir şenliğe davet ediyor."
        ),
        (
            "Das Sommerfest ist das erste gemeinsame Vorhaben mehrerer Vereine aus dem Netzwerk. "
            "Es gibt Musik aus vielen Ländern, Essen und Spiele für Kinder."
        ): (
            "Yaz şenliği, ağdaki birkaç derneğin ilk ortak projesi. Şenlikte birçok ülkeden müzik, "
            "yemekler ve çocuklar için oyunlar olacak."
        ),
        "Kooperation mit der Gesamtschule vereinbart": (
            "Gesamtschule ile işbirliği anlaşması yapıldı"
        ),
        "kooperation-gesamtschule": "gesamtschule-ile-isbirligi",
        "Eine Schule und drei Vereine bieten zusammen Sprechstunden für Eltern an.": (
            "Bir okul ve üç dernek, velilere birlikte danışma saatleri sunuyor."
        ),
        (
            "Einmal im Monat beraten Mitglieder der Vereine Eltern in ihrer Herkunftssprache zu "
            "Fragen rund um die Schule."
        ): (
            "Derneklerin üyeleri ayda bir kez velilere okulla ilgili her türlü konuda kendi ana "
            "dillerinde danışmanlık veriyor."
        ),
        "Das Netzwerk hat eine neue Website": "Ağın yeni bir web sitesi var",
        "neue-website": "yeni-web-sitesi",
        "Nachrichten, Termine und das Verzeichnis der Vereine gibt es jetzt in sechs Sprachen.": (
            "Haberler, etkinlikler ve dernek rehberi artık altı dilde sunuluyor."
        ),
        (
            "Die Website ist in Deutsch, Englisch, Türkisch, Arabisch, Französisch und Russisch "
            "verfügbar. Sie lädt keine Inhalte von fremden Servern."
        ): (
            "Web sitesi Almanca, İngilizce, Türkçe, Arapça, Fransızca ve Rusça olarak "
            "kullanılabilir. Site, harici sunuculardan hiçbir içerik yüklemiyor."
        ),
        "Netzwerktreffen": "Ağ toplantıları",
        "Gemeinsame Vorhaben": "Ortak projeler",
        "Kooperationen": "İşbirlikleri",
        "Netzwerk": "Ağ",
        "Stilisierte Darstellung: Menschen sitzen im Kreis um einen runden Tisch.": (
            "Stilize çizim: yuvarlak bir masanın etrafında daire şeklinde oturan insanlar."
        ),
        "Stilisierte Darstellung: eine Tafel mit Diagrammen vor Stuhlreihen.": (
            "Stilize çizim: sandalye sıralarının önünde diyagramlarla dolu bir yazı tahtası."
        ),
        "Stilisierte Darstellung: bunte Wimpelketten über einem Platz.": (
            "Stilize çizim: bir meydanın üzerine gerilmiş rengârenk flamalar."
        ),
    },
    "ar": {
        "Gemeinsam stark in Sachen Integration": "معًا أقوى من أجل الاندماج",
        (
            "Das Netzwerk der Oberhausener Migrantenselbstorganisationen verbindet "
            "Moscheegemeinden, Kirchen, Kulturvereine und Elterninitiativen. Gemeinsam stimmen "
            "wir unsere Angebote ab, bilden uns weiter und sind Partner der Stadt."
        ): (
            "تجمع شبكة منظمات المهاجرين الذاتية في أوبرهاوزن بين جمعيات المساجد والكنائس "
            "والجمعيات الثقافية ومبادرات أولياء الأمور. معًا ننسّق خدماتنا ونطوّر معارفنا، "
            "ونعمل شركاءَ للمدينة."
        ),
        (
            "Das Netzwerk der Migrantenselbstorganisationen in Oberhausen: Vernetzung, "
            "Qualifizierung und gemeinsame Initiativen."
        ): "شبكة منظمات المهاجرين الذاتية في أوبرهاوزن: التشبيك والتأهيل والمبادرات المشتركة.",
        "Was das Netzwerk tut": "ما تقوم به الشبكة",
        (
            "Rund 50 Migrantenselbstorganisationen leisten in Oberhausen wertvolle, meist "
            "ehrenamtliche Integrationsarbeit. Im Netzwerk stimmen sie ihre Angebote zeitlich, "
            "inhaltlich und räumlich aufeinander ab und planen gemeinsame Vorhaben."
        ): (
            "تقوم نحو 50 منظمة من منظمات المهاجرين الذاتية في أوبرهاوزن بعمل قيّم في مجال "
            "الاندماج، يكون في الغالب تطوعيًا. وفي إطار الشبكة تنسّق هذه المنظمات خدماتها من "
            "حيث التوقيت والمضمون والمكان، وتخطط لمشاريع مشتركة."
        ),
        (
            "In fünf Qualifizierungsmodulen stärken die Vereine ihre Kompetenzen: von "
            "kommunalen Strukturen über Fundraising bis zur erfolgreichen Netzwerkarbeit."
        ): (
            "تعزّز الجمعيات كفاءاتها في خمس وحدات تأهيلية: من الهياكل البلدية وجمع التبرعات "
            "إلى العمل الشبكي الناجح."
        ),
        "Zusammen erreichen wir mehr als jeder Verein für sich allein.": (
            "معًا نحقق أكثر مما تستطيع أي جمعية أن تحققه بمفردها."
        ),
        "Aus der Planungsgruppe MSO-Verbund": "من مجموعة التخطيط في اتحاد MSO",
        "Ihr Verein möchte mitmachen?": "هل ترغب جمعيتكم في الانضمام؟",
        "Die Koordinierungsstelle Integration berät Sie gern.": (
            "يسعد مكتب تنسيق الاندماج بتقديم المشورة لكم."
        ),
        "Mehr über das Netzwerk": "المزيد عن الشبكة",
        "Über das Netzwerk": "عن الشبكة",
        (
            "Ein herkunftsübergreifendes Netzwerk, begleitet von der Koordinierungsstelle "
            "Integration der Stadt Oberhausen."
        ): "شبكة تجمع أشخاصًا من أصول مختلفة، ويرافقها مكتب تنسيق الاندماج التابع لمدينة أوبرهاوزن.",
        "Unsere Ziele": "أهدافنا",
        (
            "Ein selbsttragendes Kooperationsnetzwerk der örtlichen "
            "Migrantenselbstorganisationen ist fest etabliert, und ihre Handlungskompetenzen "
            "sind nachhaltig gestärkt."
        ): (
            "ترسيخ شبكة تعاون مستقلة ذاتيًا بين منظمات المهاجرين الذاتية المحلية، وتعزيز قدرات "
            "هذه المنظمات على العمل تعزيزًا مستدامًا."
        ),
        "Unsere Kooperationsfelder": "مجالات تعاوننا",
        "Bildung": "التعليم",
        "Familienförderung": "دعم الأسرة",
        "Sprachförderung": "دعم تعلّم اللغة",
        "Prävention": "الوقاية",
        "Qualifizierung": "التأهيل",
        "Einbürgerung": "التجنّس",
        "Integration durch Sport": "الاندماج من خلال الرياضة",
        "Leichte Sprache": "لغة سهلة",
        "Hier erklären wir das Netzwerk in Leichter Sprache.": "هنا نشرح الشبكة بلغة سهلة.",
        "Was ist das Netzwerk?": "ما هي الشبكة؟",
        "In Oberhausen gibt es viele Vereine von Menschen aus anderen Ländern.": (
            "في أوبرهاوزن جمعيات كثيرة لأشخاص من بلدان أخرى."
        ),
        "Diese Vereine arbeiten zusammen.": "هذه الجمعيات تعمل معًا.",
        "Sie helfen Menschen, in Oberhausen gut zu leben.": (
            "إنها تساعد الناس على العيش بشكل جيد في أوبرهاوزن."
        ),
        "Was machen wir?": "ماذا نفعل؟",
        "Wir treffen uns regelmäßig.": "نلتقي بانتظام.",
        "Wir lernen zusammen in Kursen.": "نتعلّم معًا في دورات.",
        "Wir machen gemeinsame Projekte.": "نقوم بمشاريع مشتركة.",
        "Impressum": "بيانات الناشر",
        "Angaben gemäß § 5 DDG.": "بيانات وفقًا لـ § 5 DDG (قانون الخدمات الرقمية الألماني).",
        (
            "Stadt Oberhausen, Büro für Chancengleichheit, Koordinierungsstelle Integration, "
            "Concordiastraße 30, 46042 Oberhausen."
        ): (
            "مدينة أوبرهاوزن، مكتب تكافؤ الفرص، مكتب تنسيق الاندماج، Concordiastraße 30، 46042 "
            "Oberhausen."
        ),
        "Telefon: 0208 825-9042": "الهاتف: 0208 825-9042",
        "Datenschutz": "حماية البيانات",
        "Wie wir mit Ihren Daten umgehen.": "كيف نتعامل مع بياناتكم.",
        (
            "Diese Website lädt keine Inhalte von anderen Servern und verwendet keine "
            "Tracking-Werkzeuge. Deshalb brauchen wir kein Cookie-Banner."
        ): (
            "لا يحمّل هذا الموقع أي محتوى من خوادم أخرى، ولا يستخدم أي أدوات تتبّع. لذلك لا "
            "نحتاج إلى شريط ملفات تعريف الارتباط (الكوكيز)."
        ),
        (
            "Fragebögen können anonym ausgefüllt werden. Mitglieder können ihre Daten "
            "jederzeit herunterladen und ihr Konto löschen."
        ): (
            "يمكن ملء الاستبيانات دون الكشف عن الهوية. ويمكن للأعضاء تنزيل بياناتهم وحذف "
            "حساباتهم في أي وقت."
        ),
        "Erklärung zur Barrierefreiheit": "بيان إمكانية الوصول",
        "Wir möchten, dass alle Menschen diese Website nutzen können.": (
            "نريد أن يتمكن جميع الناس من استخدام هذا الموقع."
        ),
        (
            "Diese Website soll die Anforderungen der BITV 2.0 und der WCAG 2.1 auf Stufe AA "
            "erfüllen."
        ): "يهدف هذا الموقع إلى استيفاء متطلبات لائحة BITV 2.0 وإرشادات WCAG 2.1 على المستوى AA.",
        "Barrieren melden": "الإبلاغ عن العوائق",
        (
            "Sie haben eine Barriere gefunden? Schreiben Sie uns an integration@example.org "
            "oder rufen Sie uns an: 0208 825-9042."
        ): (
            "هل وجدتم عائقًا؟ راسلونا على integration@example.org أو اتصلوا بنا على الرقم 0208 "
            "825-9042."
        ),
        "Kommunale Strukturen": "الهياكل البلدية",
        (
            "Wie funktionieren Rat, Verwaltung und Integrationsrat? Wer ist wofür zuständig, "
            "und wie bringt ein Verein seine Anliegen ein?"
        ): (
            "كيف يعمل المجلس البلدي والإدارة ومجلس الاندماج؟ من يختص بماذا، وكيف تستطيع "
            "الجمعية طرح مطالبها؟"
        ),
        "Fundraising und Projektmittelakquise": "جمع التبرعات واستقطاب تمويل المشاريع",
        (
            "Förderprogramme finden, Anträge schreiben, Spenden gewinnen und Projektmittel "
            "richtig abrechnen."
        ): (
            "العثور على برامج الدعم، وكتابة الطلبات، وكسب التبرعات، وتسوية حسابات أموال "
            "المشاريع بشكل صحيح."
        ),
        "Öffentlichkeits- und Lobbyarbeit": "العلاقات العامة وأعمال المناصرة",
        "Pressearbeit, soziale Medien und Gespräche mit der Politik: wie ein Verein gehört wird.": (
            "العمل الصحفي ووسائل التواصل الاجتماعي والحوار مع السياسيين: كيف تُسمِع الجمعية صوتها."
        ),
        "Betriebswirtschaftliche Basics und EDV": "أساسيات إدارة الأعمال وتقنية المعلومات",
        (
            "Buchführung, Vereinsfinanzen, Datenschutz und die wichtigsten Programme für die "
            "Vereinsarbeit."
        ): (
            "مسك الدفاتر، والشؤون المالية للجمعية، وحماية البيانات، وأهم البرامج الحاسوبية "
            "للعمل في الجمعية."
        ),
        "Erfolgreiche Netzwerkarbeit": "العمل الشبكي الناجح",
        (
            "Kooperationen aufbauen und pflegen, gemeinsame Vorhaben planen und das Netzwerk "
            "auf eigene Füße stellen."
        ): "بناء الشراكات ورعايتها، والتخطيط لمشاريع مشتركة، وتمكين الشبكة من الوقوف على قدميها.",
        "Aktuelles": "الأخبار",
        "Neuigkeiten aus dem Netzwerk und seinen Vereinen.": "أخبار الشبكة والجمعيات الأعضاء فيها.",
        "Drittes Netzwerktreffen im Rathaus": "الاجتماع الثالث للشبكة في مبنى البلدية",
        (
            "Vertreterinnen und Vertreter aus neun Vereinen haben gemeinsame Ziele für das "
            "kommende Jahr vereinbart."
        ): "اتفق ممثلون وممثلات عن تسع جمعيات على أهداف مشتركة للعام المقبل.",
        (
            "Beim dritten Netzwerktreffen ging es um die Abstimmung der Angebote in den "
            "Stadtteilen. Die Vereine wollen ihre Hausaufgabenhilfen künftig so planen, dass sie "
            "sich zeitlich nicht überschneiden."
        ): (
            "تناول الاجتماع الثالث للشبكة تنسيق الخدمات المقدَّمة في أحياء المدينة. وتعتزم "
            "الجمعيات مستقبلًا تخطيط حصص المساعدة في الواجبات المدرسية بحيث لا تتداخل مواعيدها."
        ),
        "Wir kennen uns jetzt besser und können einander Familien empfehlen.": (
            "أصبحنا الآن نعرف بعضنا بعضًا بشكل أفضل، ويمكننا أن نحيل العائلات إلى بعضنا بعضًا."
        ),
        "Eine Teilnehmerin": "إحدى المشاركات",
        "Qualifizierungsmodul Fundraising startet": "انطلاق الوحدة التأهيلية حول جمع التبرعات",
        (
            "Im zweiten Modul lernen die Vereine, Förderprogramme zu finden und Anträge zu "
            "schreiben."
        ): "في الوحدة الثانية تتعلّم الجمعيات كيفية العثور على برامج الدعم وكتابة الطلبات.",
        (
            "Das Modul umfasst drei Abende. Eine erfahrene Referentin zeigt, wie man "
            "Förderprogramme findet, einen Antrag schreibt und Projektmittel richtig abrechnet."
        ): (
            "تتألف الوحدة من ثلاث أمسيات. وتشرح مدرّبة ذات خبرة كيفية العثور على برامج الدعم "
            "وكتابة الطلب وتسوية حسابات أموال المشاريع بشكل صحيح."
        ),
        "Die Teilnahme ist für Mitglieder aller Vereine im Netzwerk kostenlos.": (
            "المشاركة مجانية لأعضاء جميع الجمعيات في الشبكة."
        ),
        "Gemeinsames Sommerfest im Stadtteil Lirich": "مهرجان صيفي مشترك في حي ليريش",
        "Fünf Vereine laden gemeinsam zu Musik, Essen und Spielen für Familien ein.": (
            "تدعو خمس جمعيات معًا العائلات إلى الاستمتاع بالموسيقى والطعام والألعاب."
        ),
        (
            "Das Sommerfest ist das erste gemeinsame Vorhaben mehrerer Vereine aus dem Netzwerk. "
            "Es gibt Musik aus vielen Ländern, Essen und Spiele für Kinder."
        ): (
            "المهرجان الصيفي هو أول مشروع مشترك لعدة جمعيات من الشبكة، ويتضمن موسيقى من بلدان "
            "كثيرة وطعامًا وألعابًا للأطفال."
        ),
        "Kooperation mit der Gesamtschule vereinbart": "الاتفاق على تعاون مع المدرسة الشاملة",
        "Eine Schule und drei Vereine bieten zusammen Sprechstunden für Eltern an.": (
            "تقدّم مدرسة وثلاث جمعيات معًا ساعات استشارية لأولياء الأمور."
        ),
        (
            "Einmal im Monat beraten Mitglieder der Vereine Eltern in ihrer Herkunftssprache zu "
            "Fragen rund um die Schule."
        ): (
            "مرة في الشهر، يقدّم أعضاء من الجمعيات المشورة لأولياء الأمور بلغتهم الأم في كل ما "
            "يتعلق بالمدرسة."
        ),
        "Das Netzwerk hat eine neue Website": "موقع إلكتروني جديد للشبكة",
        "Nachrichten, Termine und das Verzeichnis der Vereine gibt es jetzt in sechs Sprachen.": (
            "الأخبار والمواعيد ودليل الجمعيات متاحة الآن بست لغات."
        ),
        (
            "Die Website ist in Deutsch, Englisch, Türkisch, Arabisch, Französisch und Russisch "
            "verfügbar. Sie lädt keine Inhalte von fremden Servern."
        ): (
            "الموقع متاح باللغات الألمانية والإنجليزية والتركية والعربية والفرنسية والروسية، ولا "
            "يحمّل أي محتوى من خوادم خارجية."
        ),
        "Netzwerktreffen": "لقاءات الشبكة",
        "Gemeinsame Vorhaben": "مشاريع مشتركة",
        "Kooperationen": "الشراكات",
        "Netzwerk": "الشبكة",
        "Stilisierte Darstellung: Menschen sitzen im Kreis um einen runden Tisch.": (
            "رسم مبسّط: أشخاص يجلسون في حلقة حول طاولة مستديرة."
        ),
        "Stilisierte Darstellung: eine Tafel mit Diagrammen vor Stuhlreihen.": (
            "رسم مبسّط: سبّورة عليها مخططات بيانية أمام صفوف من الكراسي."
        ),
        "Stilisierte Darstellung: bunte Wimpelketten über einem Platz.": (
            "رسم مبسّط: رايات ملوّنة معلّقة فوق ساحة."
        ),
    },
    "fr": {
        "Gemeinsam stark in Sachen Integration": "Ensemble, plus forts pour l'intégration",
        "start": "accueil",
        (
            "Das Netzwerk der Oberhausener Migrantenselbstorganisationen verbindet "
            "Moscheegemeinden, Kirchen, Kulturvereine und Elterninitiativen. Gemeinsam stimmen "
            "wir unsere Angebote ab, bilden uns weiter und sind Partner der Stadt."
        ): (
            "Le réseau des associations issues de l'immigration d'Oberhausen réunit des "
            "associations de mosquées, des paroisses, des associations culturelles et des "
            "initiatives de parents. Ensemble, nous coordonnons nos offres, nous nous formons "
            "et nous sommes partenaires de la ville."
        ),
        (
            "Das Netzwerk der Migrantenselbstorganisationen in Oberhausen: Vernetzung, "
            "Qualifizierung und gemeinsame Initiativen."
        ): (
            "Le réseau des associations issues de l'immigration à Oberhausen : mise en réseau, "
            "formation et initiatives communes."
        ),
        "Was das Netzwerk tut": "Ce que fait le réseau",
        (
            "Rund 50 Migrantenselbstorganisationen leisten in Oberhausen wertvolle, meist "
            "ehrenamtliche Integrationsarbeit. Im Netzwerk stimmen sie ihre Angebote zeitlich, "
            "inhaltlich und räumlich aufeinander ab und planen gemeinsame Vorhaben."
        ): (
            "À Oberhausen, environ 50 associations issues de l'immigration accomplissent un "
            "travail d'intégration précieux, le plus souvent bénévole. Au sein du réseau, "
            "elles coordonnent leurs offres en termes de calendrier, de contenu et de lieux, "
            "et planifient des projets communs."
        ),
        (
            "In fünf Qualifizierungsmodulen stärken die Vereine ihre Kompetenzen: von "
            "kommunalen Strukturen über Fundraising bis zur erfolgreichen Netzwerkarbeit."
        ): (
            "Dans cinq modules de formation, les associations renforcent leurs compétences : "
            "des structures municipales à un travail en réseau réussi, en passant par la "
            "collecte de fonds."
        ),
        "Zusammen erreichen wir mehr als jeder Verein für sich allein.": (
            "Ensemble, nous accomplissons davantage que chaque association ne le pourrait seule."
        ),
        "Aus der Planungsgruppe MSO-Verbund": "Du groupe de planification de l'alliance MSO",
        "Ihr Verein möchte mitmachen?": "Votre association souhaite participer ?",
        "Die Koordinierungsstelle Integration berät Sie gern.": (
            "Le bureau de coordination de l'intégration se fera un plaisir de vous conseiller."
        ),
        "Mehr über das Netzwerk": "En savoir plus sur le réseau",
        "Über das Netzwerk": "À propos du réseau",
        "ueber-das-netzwerk": "a-propos-du-reseau",
        (
            "Ein herkunftsübergreifendes Netzwerk, begleitet von der Koordinierungsstelle "
            "Integration der Stadt Oberhausen."
        ): (
            "Un réseau qui rassemble toutes les origines, accompagné par le bureau de "
            "coordination de l'intégration de la ville d'Oberhausen."
        ),
        "Unsere Ziele": "Nos objectifs",
        (
            "Ein selbsttragendes Kooperationsnetzwerk der örtlichen "
            "Migrantenselbstorganisationen ist fest etabliert, und ihre Handlungskompetenzen "
            "sind nachhaltig gestärkt."
        ): (
            "Un réseau de coopération autonome des associations locales issues de "
            "l'immigration est solidement établi, et leurs capacités d'action sont durablement "
            "renforcées."
        ),
        "Unsere Kooperationsfelder": "Nos domaines de coopération",
        "Bildung": "Éducation",
        "Familienförderung": "Soutien aux familles",
        "Sprachförderung": "Soutien linguistique",
        "Prävention": "Prévention",
        "Qualifizierung": "Formation",
        "Einbürgerung": "Naturalisation",
        "Integration durch Sport": "Intégration par le sport",
        "Leichte Sprache": "Facile à lire",
        "leichte-sprache": "facile-a-lire",
        "Hier erklären wir das Netzwerk in Leichter Sprache.": (
            "Ici, nous expliquons le réseau avec des mots simples."
        ),
        "Was ist das Netzwerk?": "Qu'est-ce que le réseau ?",
        "In Oberhausen gibt es viele Vereine von Menschen aus anderen Ländern.": (
            "À Oberhausen, il y a beaucoup d'associations de personnes venues d'autres pays."
        ),
        "Diese Vereine arbeiten zusammen.": "Ces associations travaillent ensemble.",
        "Sie helfen Menschen, in Oberhausen gut zu leben.": (
            "Elles aident les gens à bien vivre à Oberhausen."
        ),
        "Was machen wir?": "Que faisons-nous ?",
        "Wir treffen uns regelmäßig.": "Nous nous retrouvons régulièrement.",
        "Wir lernen zusammen in Kursen.": "Nous apprenons ensemble dans des cours.",
        "Wir machen gemeinsame Projekte.": "Nous faisons des projets ensemble.",
        "Impressum": "Mentions légales",
        "impressum": "mentions-legales",
        "Angaben gemäß § 5 DDG.": (
            "Informations conformément au § 5 DDG (loi allemande sur les services numériques)."
        ),
        (
            "Stadt Oberhausen, Büro für Chancengleichheit, Koordinierungsstelle Integration, "
            "Concordiastraße 30, 46042 Oberhausen."
        ): (
            "Ville d'Oberhausen, Bureau de l'égalité des chances, Bureau de coordination de "
            "l'intégration, Concordiastraße 30, 46042 Oberhausen."
        ),
        "Telefon: 0208 825-9042": "Téléphone : 0208 825-9042",
        "Datenschutz": "Protection des données",
        "datenschutz": "protection-des-donnees",
        "Wie wir mit Ihren Daten umgehen.": "Comment nous traitons vos données.",
        (
            "Diese Website lädt keine Inhalte von anderen Servern und verwendet keine "
            "Tracking-Werkzeuge. Deshalb brauchen wir kein Cookie-Banner."
        ): (
            "Ce site ne charge aucun contenu depuis d'autres serveurs et n'utilise aucun outil "
            "de suivi. C'est pourquoi nous n'avons pas besoin de bandeau de cookies."
        ),
        (
            "Fragebögen können anonym ausgefüllt werden. Mitglieder können ihre Daten "
            "jederzeit herunterladen und ihr Konto löschen."
        ): (
            "Les questionnaires peuvent être remplis de manière anonyme. Les membres peuvent à "
            "tout moment télécharger leurs données et supprimer leur compte."
        ),
        "Erklärung zur Barrierefreiheit": "Déclaration d'accessibilité",
        "barrierefreiheit": "accessibilite",
        "Wir möchten, dass alle Menschen diese Website nutzen können.": (
            "Nous voulons que tout le monde puisse utiliser ce site."
        ),
        (
            "Diese Website soll die Anforderungen der BITV 2.0 und der WCAG 2.1 auf Stufe AA "
            "erfüllen."
        ): "Ce site vise à respecter les exigences de la BITV 2.0 et des WCAG 2.1 au niveau AA.",
        "Barrieren melden": "Signaler un obstacle",
        (
            "Sie haben eine Barriere gefunden? Schreiben Sie uns an integration@example.org "
            "oder rufen Sie uns an: 0208 825-9042."
        ): (
            "Vous avez rencontré un obstacle ? Écrivez-nous à integration@example.org ou "
            "appelez-nous au 0208 825-9042."
        ),
        "Kommunale Strukturen": "Structures municipales",
        (
            "Wie funktionieren Rat, Verwaltung und Integrationsrat? Wer ist wofür zuständig, "
            "und wie bringt ein Verein seine Anliegen ein?"
        ): (
            "Comment fonctionnent le conseil municipal, l'administration et le conseil "
            "d'intégration ? Qui est responsable de quoi, et comment une association peut-elle "
            "faire valoir ses préoccupations ?"
        ),
        "Fundraising und Projektmittelakquise": (
            "Collecte de fonds et recherche de financements de projets"
        ),
        (
            "Förderprogramme finden, Anträge schreiben, Spenden gewinnen und Projektmittel "
            "richtig abrechnen."
        ): (
            "Trouver des programmes de financement, rédiger des demandes, collecter des dons "
            "et justifier correctement l'utilisation des fonds de projet."
        ),
        "Öffentlichkeits- und Lobbyarbeit": "Relations publiques et plaidoyer",
        "Pressearbeit, soziale Medien und Gespräche mit der Politik: wie ein Verein gehört wird.": (
            "Relations presse, réseaux sociaux et échanges avec les responsables politiques : "
            "comment une association se fait entendre."
        ),
        "Betriebswirtschaftliche Basics und EDV": "Bases de la gestion et informatique",
        (
            "Buchführung, Vereinsfinanzen, Datenschutz und die wichtigsten Programme für die "
            "Vereinsarbeit."
        ): (
            "Comptabilité, finances associatives, protection des données et principaux "
            "logiciels pour la vie associative."
        ),
        "Erfolgreiche Netzwerkarbeit": "Réussir le travail en réseau",
        (
            "Kooperationen aufbauen und pflegen, gemeinsame Vorhaben planen und das Netzwerk "
            "auf eigene Füße stellen."
        ): (
            "Établir et entretenir des coopérations, planifier des projets communs et rendre "
            "le réseau autonome."
        ),
        "Aktuelles": "Actualités",
        "aktuelles": "actualites",
        "Neuigkeiten aus dem Netzwerk und seinen Vereinen.": (
            "Les dernières nouvelles du réseau et de ses associations."
        ),
        "Drittes Netzwerktreffen im Rathaus": "Troisième rencontre du réseau à l'hôtel de ville",
        "drittes-netzwerktreffen": "troisieme-rencontre-du-reseau",
        (
            "Vertreterinnen und Vertreter aus neun Vereinen haben gemeinsame Ziele für das "
            "kommende Jahr vereinbart."
        ): (
            "Des représentantes et représentants de neuf associations ont fixé des objectifs "
            "communs pour l'année à venir."
        ),
        (
            "Beim dritten Netzwerktreffen ging es um die Abstimmung der Angebote in den "
            "Stadtteilen. Die Vereine wollen ihre Hausaufgabenhilfen künftig so planen, dass sie "
            "sich zeitlich nicht überschneiden."
        ): (
            "La troisième rencontre du réseau était consacrée à la coordination des offres dans "
            "les quartiers. À l'avenir, les associations veulent organiser leurs aides aux devoirs "
            "de sorte que les horaires ne se chevauchent pas."
        ),
        "Wir kennen uns jetzt besser und können einander Familien empfehlen.": (
            "Désormais, nous nous connaissons mieux et pouvons nous adresser mutuellement des "
            "familles."
        ),
        "Eine Teilnehmerin": "Une participante",
        "Qualifizierungsmodul Fundraising startet": (
            "Lancement du module de formation sur la collecte de fonds"
        ),
        "modul-fundraising-startet": "lancement-module-collecte-de-fonds",
        (
            "Im zweiten Modul lernen die Vereine, Förderprogramme zu finden und Anträge zu "
            "schreiben."
        ): (
            "Dans le deuxième module, les associations apprennent à trouver des programmes de "
            "financement et à rédiger des demandes."
        ),
        (
            "Das Modul umfasst drei Abende. Eine erfahrene Referentin zeigt, wie man "
            "Förderprogramme findet, einen Antrag schreibt und Projektmittel richtig abrechnet."
        ): (
            "Le module se déroule sur trois soirées. Une intervenante expérimentée montre comment "
            "trouver des programmes de financement, rédiger une demande et justifier correctement "
            "l'utilisation des fonds de projet."
        ),
        "Die Teilnahme ist für Mitglieder aller Vereine im Netzwerk kostenlos.": (
            "La participation est gratuite pour les membres de toutes les associations du réseau."
        ),
        "Gemeinsames Sommerfest im Stadtteil Lirich": (
            "Fête d'été commune dans le quartier de Lirich"
        ),
        "sommerfest-lirich": "fete-ete-lirich",
        "Fünf Vereine laden gemeinsam zu Musik, Essen und Spielen für Familien ein.": (
            "Cinq associations invitent ensemble les familles à un moment de musique, de cuisine "
            "et de jeux."
        ),
        (
            "Das Sommerfest ist das erste gemeinsame Vorhaben mehrerer Vereine aus dem Netzwerk. "
            "Es gibt Musik aus vielen Ländern, Essen und Spiele für Kinder."
        ): (
            "La fête d'été est le premier projet commun de plusieurs associations du réseau. Au "
            "programme : musiques de nombreux pays, cuisine et jeux pour les enfants."
        ),
        "Kooperation mit der Gesamtschule vereinbart": "Accord de coopération avec la Gesamtschule",
        "kooperation-gesamtschule": "cooperation-gesamtschule",
        "Eine Schule und drei Vereine bieten zusammen Sprechstunden für Eltern an.": (
            "Une école et trois associations proposent ensemble des permanences pour les parents."
        ),
        (
            "Einmal im Monat beraten Mitglieder der Vereine Eltern in ihrer Herkunftssprache zu "
            "Fragen rund um die Schule."
        ): (
            "Une fois par mois, des membres des associations conseillent les parents dans leur "
            "langue d'origine sur toutes les questions liées à l'école."
        ),
        "Das Netzwerk hat eine neue Website": "Le réseau a un nouveau site web",
        "neue-website": "nouveau-site-web",
        "Nachrichten, Termine und das Verzeichnis der Vereine gibt es jetzt in sechs Sprachen.": (
            "Actualités, rendez-vous et annuaire des associations sont désormais disponibles en "
            "six langues."
        ),
        (
            "Die Website ist in Deutsch, Englisch, Türkisch, Arabisch, Französisch und Russisch "
            "verfügbar. Sie lädt keine Inhalte von fremden Servern."
        ): (
            "Le site est disponible en allemand, anglais, turc, arabe, français et russe. Il ne "
            "charge aucun contenu depuis des serveurs externes."
        ),
        "Netzwerktreffen": "Rencontres du réseau",
        "Gemeinsame Vorhaben": "Projets communs",
        "Kooperationen": "Coopérations",
        "Netzwerk": "Réseau",
        "Stilisierte Darstellung: Menschen sitzen im Kreis um einen runden Tisch.": (
            "Illustration stylisée : des personnes assises en cercle autour d'une table ronde."
        ),
        "Stilisierte Darstellung: eine Tafel mit Diagrammen vor Stuhlreihen.": (
            "Illustration stylisée : un tableau avec des diagrammes devant des rangées de chaises."
        ),
        "Stilisierte Darstellung: bunte Wimpelketten über einem Platz.": (
            "Illustration stylisée : des guirlandes de fanions colorés au-dessus d'une place."
        ),
    },
    "ru": {
        "Gemeinsam stark in Sachen Integration": "Вместе сильнее в вопросах интеграции",
        (
            "Das Netzwerk der Oberhausener Migrantenselbstorganisationen verbindet "
            "Moscheegemeinden, Kirchen, Kulturvereine und Elterninitiativen. Gemeinsam stimmen "
            "wir unsere Angebote ab, bilden uns weiter und sind Partner der Stadt."
        ): (
            "Сеть организаций мигрантов Оберхаузена объединяет общины мечетей, церковные "
            "общины, культурные объединения и родительские инициативы. Вместе мы согласовываем "
            "наши предложения, повышаем квалификацию и выступаем партнёрами города."
        ),
        (
            "Das Netzwerk der Migrantenselbstorganisationen in Oberhausen: Vernetzung, "
            "Qualifizierung und gemeinsame Initiativen."
        ): (
            "Сеть организаций мигрантов в Оберхаузене: взаимодействие, повышение квалификации "
            "и совместные инициативы."
        ),
        "Was das Netzwerk tut": "Чем занимается сеть",
        (
            "Rund 50 Migrantenselbstorganisationen leisten in Oberhausen wertvolle, meist "
            "ehrenamtliche Integrationsarbeit. Im Netzwerk stimmen sie ihre Angebote zeitlich, "
            "inhaltlich und räumlich aufeinander ab und planen gemeinsame Vorhaben."
        ): (
            "Около 50 организаций мигрантов ведут в Оберхаузене ценную, чаще всего "
            "добровольную работу по интеграции. В сети они согласовывают свои предложения по "
            "времени, содержанию и месту проведения и планируют совместные проекты."
        ),
        (
            "In fünf Qualifizierungsmodulen stärken die Vereine ihre Kompetenzen: von "
            "kommunalen Strukturen über Fundraising bis zur erfolgreichen Netzwerkarbeit."
        ): (
            "В пяти учебных модулях объединения укрепляют свои компетенции: от устройства "
            "местного самоуправления и фандрайзинга до успешного сетевого взаимодействия."
        ),
        "Zusammen erreichen wir mehr als jeder Verein für sich allein.": (
            "Вместе мы добиваемся большего, чем каждое объединение в одиночку."
        ),
        "Aus der Planungsgruppe MSO-Verbund": "Из группы планирования объединения MSO",
        "Ihr Verein möchte mitmachen?": "Ваше объединение хочет присоединиться?",
        "Die Koordinierungsstelle Integration berät Sie gern.": (
            "Координационное бюро по интеграции с удовольствием вас проконсультирует."
        ),
        "Mehr über das Netzwerk": "Подробнее о сети",
        "Über das Netzwerk": "О сети",
        (
            "Ein herkunftsübergreifendes Netzwerk, begleitet von der Koordinierungsstelle "
            "Integration der Stadt Oberhausen."
        ): (
            "Сеть, объединяющая людей разного происхождения, при поддержке Координационного "
            "бюро по интеграции города Оберхаузен."
        ),
        "Unsere Ziele": "Наши цели",
        (
            "Ein selbsttragendes Kooperationsnetzwerk der örtlichen "
            "Migrantenselbstorganisationen ist fest etabliert, und ihre Handlungskompetenzen "
            "sind nachhaltig gestärkt."
        ): (
            "Самостоятельная сеть сотрудничества местных организаций мигрантов прочно "
            "укоренилась, а их возможности для действий надолго укреплены."
        ),
        "Unsere Kooperationsfelder": "Направления нашего сотрудничества",
        "Bildung": "Образование",
        "Familienförderung": "Поддержка семей",
        "Sprachförderung": "Языковая поддержка",
        "Prävention": "Профилактика",
        "Qualifizierung": "Повышение квалификации",
        "Einbürgerung": "Получение гражданства",
        "Integration durch Sport": "Интеграция через спорт",
        "Leichte Sprache": "Простой язык",
        "Hier erklären wir das Netzwerk in Leichter Sprache.": (
            "Здесь мы рассказываем о сети простым языком."
        ),
        "Was ist das Netzwerk?": "Что такое сеть?",
        "In Oberhausen gibt es viele Vereine von Menschen aus anderen Ländern.": (
            "В Оберхаузене много объединений людей из других стран."
        ),
        "Diese Vereine arbeiten zusammen.": "Эти объединения работают вместе.",
        "Sie helfen Menschen, in Oberhausen gut zu leben.": (
            "Они помогают людям хорошо жить в Оберхаузене."
        ),
        "Was machen wir?": "Что мы делаем?",
        "Wir treffen uns regelmäßig.": "Мы регулярно встречаемся.",
        "Wir lernen zusammen in Kursen.": "Мы вместе учимся на курсах.",
        "Wir machen gemeinsame Projekte.": "Мы вместе делаем проекты.",
        "Impressum": "Выходные данные",
        "Angaben gemäß § 5 DDG.": "Сведения согласно § 5 DDG (Закон Германии о цифровых услугах).",
        (
            "Stadt Oberhausen, Büro für Chancengleichheit, Koordinierungsstelle Integration, "
            "Concordiastraße 30, 46042 Oberhausen."
        ): (
            "Город Оберхаузен, Бюро по вопросам равных возможностей, Координационное бюро по "
            "интеграции, Concordiastraße 30, 46042 Oberhausen."
        ),
        "Telefon: 0208 825-9042": "Телефон: 0208 825-9042",
        "Datenschutz": "Защита данных",
        "Wie wir mit Ihren Daten umgehen.": "Как мы обращаемся с вашими данными.",
        (
            "Diese Website lädt keine Inhalte von anderen Servern und verwendet keine "
            "Tracking-Werkzeuge. Deshalb brauchen wir kein Cookie-Banner."
        ): (
            "Этот сайт не загружает контент с других серверов и не использует инструменты "
            "отслеживания. Поэтому нам не нужен баннер о файлах cookie."
        ),
        (
            "Fragebögen können anonym ausgefüllt werden. Mitglieder können ihre Daten "
            "jederzeit herunterladen und ihr Konto löschen."
        ): (
            "Анкеты можно заполнять анонимно. Участники могут в любое время скачать свои "
            "данные и удалить свою учётную запись."
        ),
        "Erklärung zur Barrierefreiheit": "Заявление о доступности",
        "Wir möchten, dass alle Menschen diese Website nutzen können.": (
            "Мы хотим, чтобы этим сайтом могли пользоваться все."
        ),
        (
            "Diese Website soll die Anforderungen der BITV 2.0 und der WCAG 2.1 auf Stufe AA "
            "erfüllen."
        ): "Этот сайт должен соответствовать требованиям BITV 2.0 и WCAG 2.1 на уровне AA.",
        "Barrieren melden": "Сообщить о барьерах",
        (
            "Sie haben eine Barriere gefunden? Schreiben Sie uns an integration@example.org "
            "oder rufen Sie uns an: 0208 825-9042."
        ): (
            "Вы обнаружили барьер? Напишите нам на integration@example.org или позвоните: 0208 "
            "825-9042."
        ),
        "Kommunale Strukturen": "Структуры местного самоуправления",
        (
            "Wie funktionieren Rat, Verwaltung und Integrationsrat? Wer ist wofür zuständig, "
            "und wie bringt ein Verein seine Anliegen ein?"
        ): (
            "Как устроены городской совет, администрация и совет по интеграции? Кто за что "
            "отвечает и как объединению донести свои интересы?"
        ),
        "Fundraising und Projektmittelakquise": "Фандрайзинг и привлечение средств на проекты",
        (
            "Förderprogramme finden, Anträge schreiben, Spenden gewinnen und Projektmittel "
            "richtig abrechnen."
        ): (
            "Поиск программ финансирования, составление заявок, привлечение пожертвований и "
            "правильная отчётность по проектным средствам."
        ),
        "Öffentlichkeits- und Lobbyarbeit": "Связи с общественностью и лоббирование",
        "Pressearbeit, soziale Medien und Gespräche mit der Politik: wie ein Verein gehört wird.": (
            "Работа с прессой, социальные сети и диалог с политиками: как добиться, чтобы "
            "объединение услышали."
        ),
        "Betriebswirtschaftliche Basics und EDV": "Основы экономики и ИТ",
        (
            "Buchführung, Vereinsfinanzen, Datenschutz und die wichtigsten Programme für die "
            "Vereinsarbeit."
        ): (
            "Бухгалтерский учёт, финансы объединения, защита данных и самые важные программы "
            "для работы объединения."
        ),
        "Erfolgreiche Netzwerkarbeit": "Успешное сетевое взаимодействие",
        (
            "Kooperationen aufbauen und pflegen, gemeinsame Vorhaben planen und das Netzwerk "
            "auf eigene Füße stellen."
        ): (
            "Создание и поддержание сотрудничества, планирование совместных проектов и "
            "обретение сетью самостоятельности."
        ),
        "Aktuelles": "Новости",
        "Neuigkeiten aus dem Netzwerk und seinen Vereinen.": (
            "Новости сети и входящих в неё объединений."
        ),
        "Drittes Netzwerktreffen im Rathaus": "Третья встреча сети в ратуше",
        (
            "Vertreterinnen und Vertreter aus neun Vereinen haben gemeinsame Ziele für das "
            "kommende Jahr vereinbart."
        ): (
            "Представительницы и представители девяти объединений договорились об общих целях на "
            "следующий год."
        ),
        (
            "Beim dritten Netzwerktreffen ging es um die Abstimmung der Angebote in den "
            "Stadtteilen. Die Vereine wollen ihre Hausaufgabenhilfen künftig so planen, dass sie "
            "sich zeitlich nicht überschneiden."
        ): (
            "На третьей встрече сети обсуждалось согласование предложений в районах города. В "
            "будущем объединения хотят планировать занятия по помощи с домашними заданиями так, "
            "чтобы они не совпадали по времени."
        ),
        "Wir kennen uns jetzt besser und können einander Familien empfehlen.": (
            "Теперь мы лучше знаем друг друга и можем направлять семьи друг к другу."
        ),
        "Eine Teilnehmerin": "Одна из участниц",
        "Qualifizierungsmodul Fundraising startet": "Стартует учебный модуль по фандрайзингу",
        (
            "Im zweiten Modul lernen die Vereine, Förderprogramme zu finden und Anträge zu "
            "schreiben."
        ): (
            "Во втором модуле объединения учатся находить программы финансирования и составлять "
            "заявки."
        ),
        (
            "Das Modul umfasst drei Abende. Eine erfahrene Referentin zeigt, wie man "
            "Förderprogramme findet, einen Antrag schreibt und Projektmittel richtig abrechnet."
        ): (
            "Модуль рассчитан на три вечера. Опытная преподавательница показывает, как найти "
            "программы финансирования, составить заявку и правильно отчитаться по проектным "
            "средствам."
        ),
        "Die Teilnahme ist für Mitglieder aller Vereine im Netzwerk kostenlos.": (
            "Участие бесплатно для членов всех объединений, входящих в сеть."
        ),
        "Gemeinsames Sommerfest im Stadtteil Lirich": "Общий летний праздник в районе Лирих",
        "Fünf Vereine laden gemeinsam zu Musik, Essen und Spielen für Familien ein.": (
            "Пять объединений вместе приглашают семьи на праздник с музыкой, угощениями и играми."
        ),
        (
            "Das Sommerfest ist das erste gemeinsame Vorhaben mehrerer Vereine aus dem Netzwerk. "
            "Es gibt Musik aus vielen Ländern, Essen und Spiele für Kinder."
        ): (
            "Летний праздник — первый совместный проект нескольких объединений сети. Гостей ждут "
            "музыка из многих стран, угощения и игры для детей."
        ),
        "Kooperation mit der Gesamtschule vereinbart": (
            "Заключено соглашение о сотрудничестве с общей школой (Gesamtschule)"
        ),
        "Eine Schule und drei Vereine bieten zusammen Sprechstunden für Eltern an.": (
            "Школа и три объединения совместно проводят консультации для родителей."
        ),
        (
            "Einmal im Monat beraten Mitglieder der Vereine Eltern in ihrer Herkunftssprache zu "
            "Fragen rund um die Schule."
        ): (
            "Раз в месяц члены объединений консультируют родителей на их родном языке по всем "
            "вопросам, связанным со школой."
        ),
        "Das Netzwerk hat eine neue Website": "У сети появился новый сайт",
        "Nachrichten, Termine und das Verzeichnis der Vereine gibt es jetzt in sechs Sprachen.": (
            "Новости, даты мероприятий и справочник объединений теперь доступны на шести языках."
        ),
        (
            "Die Website ist in Deutsch, Englisch, Türkisch, Arabisch, Französisch und Russisch "
            "verfügbar. Sie lädt keine Inhalte von fremden Servern."
        ): (
            "Сайт доступен на немецком, английском, турецком, арабском, французском и русском "
            "языках. Он не загружает контент с внешних серверов."
        ),
        "Netzwerktreffen": "Встречи сети",
        "Gemeinsame Vorhaben": "Совместные проекты",
        "Kooperationen": "Сотрудничество",
        "Netzwerk": "Сеть",
        "Stilisierte Darstellung: Menschen sitzen im Kreis um einen runden Tisch.": (
            "Стилизованное изображение: люди сидят кругом за круглым столом."
        ),
        "Stilisierte Darstellung: eine Tafel mit Diagrammen vor Stuhlreihen.": (
            "Стилизованное изображение: доска с диаграммами перед рядами стульев."
        ),
        "Stilisierte Darstellung: bunte Wimpelketten über einem Platz.": (
            "Стилизованное изображение: разноцветные гирлянды из флажков над площадью."
        ),
    },
}
