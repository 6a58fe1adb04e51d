import type { Community } from './community.js';

// Names as written in the community's own spelling, most common first: the rank drives the
// Zipf-like draw, so the head of each list is frequent and the tail rare.

export const POLISH: Community = {
  name: 'Polish',
  weight: 12,
  forenames: `Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Łukasz Grzegorz Jakub Adam Mariusz Wojciech Dariusz Marek Mateusz
    Kamil Rafał Zbigniew Robert Józef Sebastian Szymon Kacper Damian Przemysław Bartosz Jacek Stanisław Artur Maciej Dawid Ryszard
    Henryk Tadeusz Sławomir Leszek Janusz Waldemar Jarosław Radosław Bogdan Zdzisław Kazimierz Mirosław Czesław Wiesław Filip
    Patryk Hubert Konrad Norbert Arkadiusz Daniel Karol Wiktor Bartłomiej Roman Jerzy Edward Zenon Ireneusz Emil Witold Adrian
    Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Aleksandra Monika Zofia Beata Dorota
    Justyna Karolina Renata Grażyna Natalia Paulina Marta Jolanta Iwona Halina Bożena Urszula Weronika Agata`,
  surnames: `Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski
    Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński
    Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora
    Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzki
    Sadowski Bąk Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski Szczepański Kucharski
    Wilk Kalinowski Lis Mazurek Wysocki Adamski Kaźmierczak Wasilewski Sobczak Czerwiński Andrzejewski Cieślak Głowacki Zakrzewski
    Kołodziej Sikorski Krajewski Gajewski Szymczak Szulc Baranowski Laskowski Brzeziński Makowski Ziółkowski Przybylski Domański
    Nowacki Borowski Błaszczyk Chojnacki Ciesielski Mróz Szczepaniak Wesołowski Górecki Krupa Kaczmarczyk Leśniak Kowalewski
    Urbaniak Kozak Kowalik Mikołajczyk Tomczak Kozieł Gołębiowski Grzelak Żak Zięba Pająk Kruk Dziedzic Bielecki Żuraw`,
  aliases: { Jan: ['John'], Piotr: ['Peter'], Józef: ['Joseph'], Łukasz: ['Lukas', 'Luke'], Paweł: ['Paul'], Michał: ['Michael'], Tomasz: ['Thomas', 'Tom'], Jakub: ['Jacob', 'Kuba'], Wojciech: ['Adalbert', 'Wojtek'], Andrzej: ['Andrew'], Krzysztof: ['Christopher', 'Chris'], Stanisław: ['Stan'], Małgorzata: ['Margaret', 'Gosia'], Katarzyna: ['Kate', 'Kasia'], Aleksandra: ['Alexandra', 'Ola'] },
};

export const ROMANIAN: Community = {
  name: 'Romanian',
  weight: 12,
  forenames: `Ion Gheorghe Vasile Constantin Ioan Nicolae Mihai Andrei Alexandru Florin Marius Daniel Adrian Ștefan Cristian Ionuț
    Dumitru Petru Gabriel Bogdan Cătălin Răzvan Sorin Valentin Lucian Ciprian Costel Viorel Marian Dorin Liviu Claudiu Emil Cosmin
    Laurențiu Remus Sebastian Traian Octavian Aurel Silviu Radu Eugen Paul Vlad Tudor Darius Iulian Nelu Fănel Dragoș Mircea
    Maria Elena Ioana Mihaela Andreea Alina Cristina Florentina Gabriela Daniela Roxana Ana Nicoleta Georgiana Ramona Simona
    Loredana Denisa Larisa Oana Adriana Bianca Diana Raluca Luminița Viorica Rodica Cătălina Ionela Alexandra`,
  surnames: `Popescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu Munteanu Constantin Mihai Marin Toma
    Ștefan Lazăr Florea Dinu Moldovan Diaconu Tudor Barbu Dobre Nistor Stanciu Ene Ion Zamfir Anghel Sandu Neagu Enache Andrei
    Cristea Preda Mocanu Ungureanu Vasile Nedelcu Manea Ilie Dragomir Iordache Coman Bălan Mazilu Oprea Nica Grigore Voicu
    Avram Niculescu Stănescu Sârbu Lungu Dinca Tănase Mihăilă Husar Bucur Dumitrescu Căldăraru Lupu Roman Iancu Petrescu Călin
    Georgescu Cojocaru Vlad Stoian Negru Dragomirescu Pârvu Paraschiv Chiriac Ursu Țăranu Bogdan Marinescu Bratu Sima Crăciun
    Ardeleanu Sava Mircea Pană Suciu Rădulescu Cazacu Done Voinea Bejan Paun Fătu Olteanu Răducanu Dobrin Pîrvulescu Șerban`,
  aliases: { Ștefan: ['Stefan', 'Steven'], Gheorghe: ['George'], Ion: ['John', 'Ioan'], Ioan: ['John', 'Ion'], Ionuț: ['Ionut', 'Johnny'], Mihai: ['Michael', 'Mihail'], Andrei: ['Andrew'], Petru: ['Peter'], Nicolae: ['Nicholas', 'Nicu'], Alexandru: ['Alexander', 'Alex'], Cătălin: ['Catalin'], Răzvan: ['Razvan'] },
};

export const ALBANIAN: Community = {
  name: 'Albanian',
  weight: 9,
  forenames: `Arben Ardit Besnik Ermal Gjon Agron Artan Driton Fatmir Gentian Ilir Klodian Kujtim Lulzim Mentor Naim Petrit Rexhep
    Shkëlqim Sokol Valbon Visar Xhevdet Ylli Alban Altin Andi Arjan Bledar Dritan Edmond Elton Endrit Erion Eris Fation Gëzim
    Hysen Jetmir Klevis Luan Marsel Nikolin Orges Redon Rigels Sabri Taulant Florian Besart Blerim Bujar Dardan Enver Mergim
    Fatjona Arta Blerta Drita Elira Mimoza Valbona Anjeza Besjana Ermira Lindita Rudina Teuta Vjosa Jonida Klea Ardita Flutura`,
  surnames: `Hoxha Krasniqi Berisha Shehu Gashi Leka Çela Dervishi Hasani Kola Marku Gjoka Lika Basha Bajrami Rama Kelmendi Morina
    Shala Ahmeti Bytyqi Thaçi Kastrati Gjini Halili Ismaili Mustafa Zeneli Murati Prenga Gjonaj Lleshi Dushku Sinani Mema Kodra
    Bici Hyseni Musliu Rexhepi Selimi Sadiku Tafa Vata Xhafa Zeqiri Beqiri Cani Dema Frashëri Gjergji Hajdari Isufi Jashari
    Kryeziu Lami Mehmeti Nikolla Osmani Pllumi Qosja Rexha Spahiu Toska Uka Veliu Xhaferi Ymeri Zhupa Bardhi Koci Pepa Doda
    Gjeka Ndreca Vukaj Çollaku Dedaj Palokaj Tushi Kuqi`,
  aliases: { Gjon: ['John'], Arben: ['Ben'], Ilir: ['Eli'], Gëzim: ['Gezim'], Shkëlqim: ['Shkelqim'], Agron: ['Ron'], Ermal: ['Eric'], Luan: ['Leon'] },
};

export const LITHUANIAN: Community = {
  name: 'Lithuanian',
  weight: 4,
  forenames: `Tomas Mindaugas Darius Andrius Mantas Marius Lukas Jonas Paulius Vytautas Tadas Giedrius Saulius Rimantas Arūnas
    Audrius Dainius Egidijus Gintaras Kęstutis Laurynas Linas Nerijus Povilas Ramūnas Robertas Sigitas Valdas Vaidas Žydrūnas
    Rūta Jurgita Inga Laima Asta Rasa Ieva Kristina Agnė Eglė Jolanta Vilma Gintarė Aistė Neringa Lina Dalia Rasa`,
  surnames: `Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas Kavaliauskas Baranauskas
    Pocius Sakalauskas Navickas Ramanauskas Adomaitis Mockus Kairys Rimkus Žilinskas Vaitkus Lukoševičius Šimkus Bagdonas
    Mikalauskas Balčiūnas Jonaitis Kuzminskas Savickas Vitkus Grigas Rutkauskas Stankus Lapinskas Jakštas Barkauskas Norkus
    Tamošiūnas Markevičius Gudaitis Kučinskas Valantinas Sabonis Čepulis Dambrauskas Juška Kriščiūnas Šapoka`,
  aliases: { Jonas: ['John'], Povilas: ['Paul'], Tomas: ['Thomas'], Andrius: ['Andrew'], Arūnas: ['Arunas'], Kęstutis: ['Kestutis'] },
};

export const HUNGARIAN: Community = {
  name: 'Hungarian',
  weight: 3,
  forenames: `László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Tibor András Csaba Imre Lajos György
    Balázs Róbert Norbert Krisztián Dániel Ádám Gergely Miklós Béla Róland Erzsébet Katalin Ilona Éva Anna Zsuzsanna Mária
    Margit Judit Ágnes Andrea Krisztina Erika Szilvia Tímea Eszter Ildikó`,
  surnames: `Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Simon
    Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos Magyar Lukács Gulyás Bíró Király
    László Katona Jakab Bogdán Balog Sándor Boros Fazekas Kelemen Antal Orbán Somogyi Vörös Fülöp Veres Budai Hegedűs Deák Pap`,
  aliases: { László: ['Leslie', 'Laszlo'], István: ['Stephen', 'Steven'], József: ['Joseph'], János: ['John'], Péter: ['Peter'], György: ['George'], Ferenc: ['Francis'] },
};

export const ROMA: Community = {
  name: 'Slovak and Czech Roma',
  weight: 5,
  forenames: `Jozef Ján Milan Peter Marek Ladislav Tibor Štefan Pavol Róbert Martin Miroslav Dušan Vladimír Juraj Rudolf Ľubomír
    František Karel Josef Jiří Václav Zdeněk Radek Alexandr Roman Denis Patrik Erik Kevin Mário Dávid Ondrej Lukáš René Viktor
    Mária Helena Anna Zuzana Jana Monika Renáta Věra Eva Denisa Petra Lucie Vanesa Nikola Alžbeta Silvia`,
  surnames: `Horváth Balog Oláh Kotlár Lakatoš Gaži Dudi Rafael Berky Bandy Giňa Mirga Červeňák Ferko Kaleja Pompa Tancoš Kudrik
    Dunka Facuna Bartoš Žiga Demeter Sivák Dužda Holub Kaleja Stojka Ščuka Kandráč Lacko Gunár Kroščen Biháry Daniel Kováč
    Dvořák Novák Svoboda Novotný Černý Procházka Kučera Veselý Krejčí Horák Němec Marek Pokorný Pospíšil Hájek Jelínek Král
    Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk Urban Blaha Kříž Kopecký Šimek Konečný Malý Holub`,
  aliases: { Jozef: ['Joseph'], Ján: ['John'], Štefan: ['Stefan', 'Steven'], Peter: ['Pete'], Josef: ['Joseph'], Jiří: ['George', 'Jiri'], Pavol: ['Paul'], František: ['Frank'] },
};

export const UKRAINIAN_RUSSIAN: Community = {
  name: 'Ukrainian and Russian',
  weight: 4,
  forenames: `Oleksandr Aleksandr Sergei Serhiy Andriy Andrei Dmytro Dmitri Volodymyr Vladimir Mykola Nikolai Ivan Oleh Oleg Yuriy
    Yuri Viktor Vitaliy Maksym Maxim Igor Ihor Pavlo Pavel Roman Vasyl Vasily Bohdan Taras Artem Denys Denis Yevhen Evgeny Mikhail
    Olena Elena Natalia Nataliya Tetiana Tatiana Iryna Irina Svitlana Svetlana Yulia Oksana Olga Anastasia Kateryna Ekaterina`,
  surnames: `Ivanov Melnyk Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Smirnov Popov Kuznetsov Boyko Oliynyk Kovalchuk
    Shevchuk Polishchuk Lysenko Marchenko Rudenko Savchenko Petrenko Moroz Sokolov Volkov Lebedev Kozlov Novikov Morozov Pavlenko
    Kozak Tkachuk Kravets Zinchenko Hrytsenko Levchenko Klymenko Karpenko Ponomarenko Kharchenko Vasylenko Fedorov Mikhailov
    Orlov Andreev Makarov Nikitin Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Romanov Vorobyov Sergeyev Frolov Belov`,
  aliases: { Oleksandr: ['Alexander', 'Aleksandr', 'Olexandr'], Aleksandr: ['Alexander', 'Oleksandr'], Sergei: ['Sergey', 'Serhiy'], Serhiy: ['Sergei', 'Sergii'], Dmytro: ['Dmitri', 'Dmitry'], Dmitri: ['Dmitry', 'Dmytro'], Volodymyr: ['Vladimir'], Mykola: ['Nikolai'], Yuriy: ['Yuri', 'Iurii'], Ivan: ['John'], Andriy: ['Andrew', 'Andrii'] },
};

export const BRITISH_IRISH: Community = {
  name: 'British and Irish',
  weight: 20,
  forenames: `David John Michael Paul James Mark Andrew Richard Stephen Robert Daniel Christopher Lee Gary Dean Wayne Darren Craig
    Thomas Matthew Steven Peter Anthony Kevin Jason Simon Ian Scott Liam Connor Jack Ryan Kyle Callum Jordan Aaron Jamie Adam Luke
    Ben Sean Patrick Declan Ciarán Seán Pádraig Eoin Cathal Niall Tadhg Dónal Owen Rhys Gareth Dylan Aled Gethin Bryn Craig Shane
    Sarah Emma Claire Lisa Michelle Nicola Rebecca Laura Kelly Stacey Gemma Hayley Charlotte Jessica Amy Chloe Siobhán Aoife
    Niamh Saoirse Róisín Caoimhe Bronwen Sian Carys Rhiannon Megan Danielle Leanne Samantha Kerry Joanne Tracey Donna`,
  surnames: `Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White
    Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King
    Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook
    Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum
    Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes
    Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
    Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer
    Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman
    Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter
    Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton
    O'Neill O'Connor O'Sullivan McCarthy Byrne Doyle Gallagher Doherty Lynch Quinn McLaughlin Brennan Ó Súilleabháin McDonald
    McGuinness Flanagan Maguire Nolan Kavanagh Fitzgerald Donnelly Duffy Connolly Boyle Casey McMahon Keane Hegarty Devlin`,
  aliases: { Michael: ['Mick', 'Mike'], David: ['Dave'], Robert: ['Rob', 'Bob'], Christopher: ['Chris'], Anthony: ['Tony'], Stephen: ['Steve'], Daniel: ['Danny'], James: ['Jim', 'Jimmy'], Seán: ['Sean', 'Shaun', 'John'], Siobhán: ['Siobhan', 'Shevaun'], Pádraig: ['Patrick', 'Padraig'], Ciarán: ['Ciaran', 'Kieran'], Niamh: ['Neve'], Róisín: ['Roisin', 'Rosheen'], Rhys: ['Reece'] },
};
