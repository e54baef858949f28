<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>DeskGuard</name>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Nothing seated was recorded this day.</source>
        <translation>Tego dnia nie zapisano czasu siedzenia.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Seated {0} between {1} and {2}; longest stretch {3} from {4}.</source>
        <translation>Czas siedzenia: {0} między {1} a {2}; najdłuższe siedzenie: {3} od {4}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Posture good for {0}, poor for {1}.</source>
        <translation>Postawa dobra przez {0}, zła przez {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Neck angle not measured: DeskGuard is not calibrated yet.</source>
        <translation>Kąt szyi nie był mierzony: DeskGuard nie jest jeszcze skalibrowany.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>No neck angle was measured this day.</source>
        <translation>Tego dnia nie zmierzono kąta szyi.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Neck bent {0:.0f}° past your neutral on average, at most {1:.0f}° at {2}; {3} at {4:.0f}° or more, where alerts start.</source>
        <translation>Zgięcie szyi ponad twoją pozycję neutralną: średnio {0:.0f}°, najwięcej {1:.0f}° o {2}; {3} przy {4:.0f}° lub więcej, od których zaczynają się ostrzeżenia.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Nothing seated was recorded this week.</source>
        <translation>W tym tygodniu nie zapisano czasu siedzenia.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>{0}: {1} (longest stretch {2})</source>
        <translation>{0}: {1} (najdłuższe siedzenie: {2})</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Seated {0} this week. {1}. Most on {2}.</source>
        <translation>Czas siedzenia w tym tygodniu: {0}. {1}. Najwięcej: {2}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>Ready when you are: go at your own pace</source>
        <translation>Zacznij, kiedy zechcesz: ćwicz we własnym tempie</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>{0} of {1} — good</source>
        <translation>{0} z {1} — dobrze</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>{0} of {1} — well done</source>
        <translation>{0} z {1} — świetnie</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Neck turns</source>
        <translation>Skręty głowy</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall and let your shoulders relax.</source>
        <translation>Usiądź prosto i rozluźnij barki.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Turn your head slowly to look over your left shoulder; hold for a breath.</source>
        <translation>Powoli obróć głowę, by spojrzeć przez lewe ramię; zostań tak na jeden oddech.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back to the centre, then turn to the right.</source>
        <translation>Wróć do środka, potem obróć się w prawo.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Go only as far as is comfortable.</source>
        <translation>Ruszaj się tylko w wygodnym zakresie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Neck side bends</source>
        <translation>Skłony boczne głowy</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall, shoulders down, looking straight ahead.</source>
        <translation>Usiądź prosto, barki w dół, patrz przed siebie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Tilt your ear gently towards your left shoulder; hold for a breath.</source>
        <translation>Delikatnie przechyl ucho w stronę lewego barku; zostań tak na jeden oddech.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back up to the centre, then tilt to the right.</source>
        <translation>Wróć do środka, potem przechyl głowę w prawo.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Slow neck rolls</source>
        <translation>Powolne krążenia głowy</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Drop your chin gently towards your chest.</source>
        <translation>Delikatnie opuść brodę w stronę klatki piersiowej.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Roll your head slowly towards one shoulder, then back through the centre to the other.</source>
        <translation>Powoli prowadź głowę w stronę jednego barku, a potem przez środek do drugiego.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Keep it slow and small; skip any part that pinches.</source>
        <translation>Ruchy powolne i niewielkie; pomiń to, co uciska lub boli.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Chin tucks</source>
        <translation>Cofanie brody</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall, looking straight ahead.</source>
        <translation>Usiądź prosto i patrz przed siebie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Slide your chin straight back, as if making a double chin; keep your eyes level.</source>
        <translation>Wsuń brodę prosto do tyłu, jak przy robieniu podwójnego podbródka; wzrok skieruj przed siebie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Hold for two or three seconds, then relax forward again.</source>
        <translation>Przytrzymaj dwie–trzy sekundy, potem rozluźnij.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Shoulder shrugs</source>
        <translation>Unoszenie barków</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let your arms hang loose.</source>
        <translation>Swobodnie opuść ręce.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Lift both shoulders up towards your ears and hold for two seconds.</source>
        <translation>Unieś oba barki w stronę uszu i przytrzymaj dwie sekundy.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let them drop and relax completely.</source>
        <translation>Opuść je i całkowicie rozluźnij.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Shoulder rolls</source>
        <translation>Krążenia barków</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit or stand tall with your arms relaxed.</source>
        <translation>Usiądź lub stań prosto, ramiona rozluźnione.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Circle your shoulders up, back and down, slowly.</source>
        <translation>Powoli zataczaj barkami koła: w górę, do tyłu i w dół.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Finish with your shoulders low and a little back.</source>
        <translation>Zakończ z barkami nisko i lekko cofniętymi.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Hamstring stretch</source>
        <translation>Rozciąganie tyłu uda</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit near the front of your chair with one leg straight, heel on the floor.</source>
        <translation>Usiądź na przodzie krzesła, jedna noga wyprostowana, pięta na podłodze.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Keep your back long and lean forward from the hips until you feel a gentle stretch.</source>
        <translation>Z wyprostowanymi plecami pochyl się od bioder, aż poczujesz łagodne rozciąganie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Breathe calmly, then change legs.</source>
        <translation>Oddychaj spokojnie, potem zmień nogę.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Standing back extension</source>
        <translation>Wyprost pleców w staniu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Stand with your feet apart and your hands on your lower back.</source>
        <translation>Stań w lekkim rozkroku, dłonie na dolnej części pleców.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Lean back gently, looking slightly up; only as far as is comfortable.</source>
        <translation>Delikatnie odchyl się do tyłu, patrząc lekko w górę; tylko tyle, ile jest wygodnie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back to standing tall.</source>
        <translation>Wróć do wyprostowanej postawy.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>A short walk</source>
        <translation>Krótki spacer</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Stand up and walk for a couple of minutes: fetch some water.</source>
        <translation>Wstań i pochodź przez kilka minut: przynieś sobie wody.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let your arms swing and look at something far away.</source>
        <translation>Swobodnie machaj rękami i popatrz na coś w oddali.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/i18n.py"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you for long enough. Sit facing the screen, in the middle of the picture, with your head and shoulders in view.</source>
        <translation>Za krótko cię widać. Usiądź przodem do ekranu, na środku obrazu, tak by głowa i barki były w kadrze.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you well. Add light in front of you, sit about an arm's length from the screen and face it.</source>
        <translation>Słabo cię widać. Doświetl twarz od przodu, usiądź mniej więcej na długość ręki od ekranu i zwróć się do niego przodem.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Your head moved too much ({0:.1f}°). Sit still, upright, and look straight ahead for a few seconds.</source>
        <translation>Głowa za bardzo się ruszała ({0:.1f}°). Przez kilka sekund siedź nieruchomo, prosto, i patrz przed siebie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Away from the desk</source>
        <translation>Poza biurkiem</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera in use by another app: not disturbing you</source>
        <translation>Kamera zajęta przez inny program: nie przeszkadzam</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable</source>
        <translation>Kamera niedostępna</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Can't see you well (light, framing or distance)</source>
        <translation>Słabo cię widać (światło, kadr lub odległość)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Models missing: Get the models… in the menu</source>
        <translation>Brak modeli: wybierz Pobierz modele… w menu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Outside work hours</source>
        <translation>Poza godzinami pracy</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture looks good</source>
        <translation>Postawa wygląda dobrze</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture needs attention</source>
        <translation>Postawa wymaga uwagi</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Watching the time; calibrate to check posture</source>
        <translation>Liczę czas; skalibruj, by sprawdzać postawę</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>head drifting forward</source>
        <translation>wysunięcie głowy do przodu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>neck bent forward</source>
        <translation>zgięcie szyi do przodu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>too close to the screen</source>
        <translation>za blisko ekranu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: {0}</source>
        <translation>Postawa: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call: %n reminders held</source>
        <extracomment>Singular: In a call: %n reminder held</extracomment>
        <translation>
            <numerusform>W trakcie rozmowy: %n przypomnienie czeka</numerusform>
            <numerusform>W trakcie rozmowy: %n przypomnienia czekają</numerusform>
            <numerusform>W trakcie rozmowy: %n przypomnień czeka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable: {0}</source>
        <translation>Kamera niedostępna: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Keyboard and mouse activity cannot be read here: not watching</source>
        <translation>Nie można tu odczytać aktywności klawiatury i myszy: nie obserwuję</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: off — no camera</source>
        <translation>Postawa: wyłączona — brak kamery</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused until {0}</source>
        <translation>Wstrzymano do {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>microphone</source>
        <translation>mikrofon</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>screen shared</source>
        <translation>udostępnianie ekranu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>full-screen app</source>
        <translation>aplikacja na pełnym ekranie</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Do Not Disturb</source>
        <translation>Nie przeszkadzać</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call ({0}): not disturbing you</source>
        <translation>W trakcie rozmowy ({0}): nie przeszkadzam</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/presentation.py"/>
        <source>%n reminders held</source>
        <extracomment>Singular: %n reminder held</extracomment>
        <translation>
            <numerusform>%n przypomnienie czeka</numerusform>
            <numerusform>%n przypomnienia czekają</numerusform>
            <numerusform>%n przypomnień czeka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call ({0}): {1}</source>
        <translation>W trakcie rozmowy ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Reminders snoozed until {0}</source>
        <translation>Przypomnienia odłożone do {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break: due now</source>
        <translation>Przerwa na spacer: już czas</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break in {0}</source>
        <translation>Przerwa na spacer za {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position: due now</source>
        <translation>Zmiana pozycji: już czas</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position in {0}</source>
        <translation>Zmiana pozycji za {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Seated today {0}</source>
        <translation>Dziś w pozycji siedzącej: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>, this stretch {0}</source>
        <translation>, bez przerwy: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>probable break (screen locked, asleep or no input)</source>
        <translation>prawdopodobna przerwa (blokada ekranu, uśpienie lub brak aktywności)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>in a call</source>
        <translation>w trakcie rozmowy</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>paused</source>
        <translation>wstrzymano</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>fine</source>
        <translation>dobrze</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>strain</source>
        <translation>przeciążenie</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>watch</source>
        <translation>uwaga</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: not measured without a camera.</source>
        <translation>Kąt szyi: bez kamery nie jest mierzony.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: not calibrated yet. Calibrate (tray menu) so DeskGuard knows your neutral; the neck is then measured from it.</source>
        <translation>Kąt szyi: jeszcze bez kalibracji. Skalibruj (menu w zasobniku), by DeskGuard poznał twoją pozycję neutralną; od niej mierzone jest zgięcie szyi.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: no measurement this day.</source>
        <translation>Kąt szyi: brak pomiarów tego dnia.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck: on average {0:.0f}° more upright than your calibrated neutral (0° = as you sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held.</source>
        <translation>Szyja: średnio o {0:.0f}° bardziej wyprostowana niż twoja skalibrowana pozycja neutralna (0° = pozycja z kalibracji), {1}. DeskGuard ostrzega od {2:.0f}° utrzymanych dłużej.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck: on average {0:.0f}° past your calibrated neutral (0° = as you sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held.</source>
        <translation>Szyja: średnio {0:.0f}° ponad twoją skalibrowaną pozycję neutralną (0° = pozycja z kalibracji), {1}. DeskGuard ostrzega od {2:.0f}° utrzymanych dłużej.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n changes of position</source>
        <extracomment>Singular: %n change of position</extracomment>
        <translation>
            <numerusform>%n zmiana</numerusform>
            <numerusform>%n zmiany</numerusform>
            <numerusform>%n zmian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>none on your own, none after a reminder</source>
        <translation>ani samodzielnie, ani po przypomnieniu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} on your own, {1} after a reminder</source>
        <translation>samodzielnie: {0}, po przypomnieniu: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n exercises</source>
        <extracomment>Singular: %n exercise</extracomment>
        <translation>
            <numerusform>%n ćwiczenie</numerusform>
            <numerusform>%n ćwiczenia</numerusform>
            <numerusform>%n ćwiczeń</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0}, {1} confirmed by the camera</source>
        <translation>{0}, potwierdzone przez kamerę: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n walk reminders</source>
        <extracomment>Singular: %n walk reminder</extracomment>
        <translation>
            <numerusform>%n przypomnienie</numerusform>
            <numerusform>%n przypomnienia</numerusform>
            <numerusform>%n przypomnień</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>you got up before one was needed</source>
        <translation>żadne nie było potrzebne: wstajesz wcześniej</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} followed, {1} marked done, {2} ignored</source>
        <translation>wykonane: {0}, oznaczone jako zrobione: {1}, zignorowane: {2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} followed, {1} ignored</source>
        <translation>wykonane: {0}, pominięte: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n breaks</source>
        <extracomment>Singular: %n break</extracomment>
        <translation>
            <numerusform>%n przerwa</numerusform>
            <numerusform>%n przerwy</numerusform>
            <numerusform>%n przerw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>away from the desk</source>
        <translation>poza biurkiem</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>plus {0} probable (screen locked or asleep)</source>
        <translation>oraz prawdopodobne: {0} (ekran zablokowany lub uśpiony)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0} this week; nothing recorded the week before.</source>
        <translation>Czas siedzenia w tym tygodniu: {0}; z poprzedniego tygodnia nie ma zapisów.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0}, the same as the week before.</source>
        <translation>Czas siedzenia: {0}, tyle samo co tydzień wcześniej.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} less than the week before</source>
        <translation>o {0} mniej niż tydzień wcześniej</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} more than the week before</source>
        <translation>o {0} więcej niż tydzień wcześniej</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0}: {1}.</source>
        <translation>Czas siedzenia: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Good posture {0:.0f} % of the judged time</source>
        <translation>Dobra postawa przez {0:.0f} % ocenianego czasu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(up {0} points from {1:.0f} %)</source>
        <translation>(wzrost o {0} pkt proc. z {1:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(down {0} points from {1:.0f} %)</source>
        <translation>(spadek o {0} pkt proc. z {1:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(as the week before)</source>
        <translation>(tak jak tydzień wcześniej)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Walk reminders: {0} followed, {1} ignored. Shift reminders: {2} followed, {3} ignored.</source>
        <translation>Przypomnienia o spacerze: wykonane {0}, pominięte {1}. Przypomnienia o zmianie pozycji: wykonane {2}, pominięte {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n days in a row</source>
        <extracomment>Singular: %n day in a row</extracomment>
        <translation>
            <numerusform>%n dzień z rzędu</numerusform>
            <numerusform>%n dni z rzędu</numerusform>
            <numerusform>%n dni z rzędu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Streak: {0} with no stretch over {1} (best this week: {2}).</source>
        <translation>Seria: {0} bez siedzenia dłużej niż {1} (najlepsza w tym tygodniu: {2}).</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>keep it where it is</source>
        <translation>zostaw ekran tak, jak jest</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>raise it by about {0} cm</source>
        <translation>podnieś ekran o około {0} cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>lower it by about {0} cm</source>
        <translation>obniż ekran o około {0} cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>all from keyboard and mouse</source>
        <translation>w całości z klawiatury i myszy</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} seen by the camera, {1} from keyboard and mouse</source>
        <translation>kamera: {0}, klawiatura i mysz: {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Bring your chin back and up so your ears sit over your shoulders.</source>
        <translation>Cofnij brodę i unieś ją lekko, by uszy znalazły się nad barkami.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Do a few slow neck rolls, then sit tall with your gaze level.</source>
        <translation>Zrób kilka powolnych krążeń głową, potem usiądź prosto ze wzrokiem na wprost.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Get up, walk to a window and look at something far away.</source>
        <translation>Wstań, podejdź do okna i popatrz na coś w oddali.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lean back: the screen should be about an arm's length away.</source>
        <translation>Odsuń się: ekran powinien być mniej więcej na długość ręki.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lengthen your spine: imagine a string pulling the top of your head up.</source>
        <translation>Wydłuż kręgosłup: wyobraź sobie nitkę, która ciągnie czubek głowy w górę.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lower the monitor arm or stand.</source>
        <translation>Obniż ramię monitora lub podstawkę.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Plant both feet flat on the floor and sit tall for a moment.</source>
        <translation>Postaw obie stopy płasko na podłodze i przez chwilę siedź prosto.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Push the screen back a little, or make the text larger instead of leaning in.</source>
        <translation>Odsuń ekran trochę dalej albo powiększ tekst, zamiast się pochylać.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Put a stand or a few books under the screen.</source>
        <translation>Podłóż pod ekran podstawkę lub kilka książek.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise what you are reading to eye level instead of looking down at it.</source>
        <translation>Podnieś czytany tekst na wysokość oczu, zamiast patrzeć na niego w dół.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise your chair a little (with a footrest if your feet lift off the floor).</source>
        <translation>Podnieś trochę krzesło (z podnóżkiem, jeśli stopy odrywają się od podłogi).</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back and down, then let your head follow.</source>
        <translation>Odprowadź barki do tyłu i w dół, a głowa niech podąży za nimi.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back five times, slowly.</source>
        <translation>Powoli zrób pięć krążeń barkami do tyłu.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Shrug your shoulders up to your ears, hold for two seconds, let them drop.</source>
        <translation>Unieś barki do uszu, przytrzymaj dwie sekundy, opuść.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back against your chair; zoom the page if the text is small.</source>
        <translation>Oprzyj się o krzesło; powiększ stronę, jeśli tekst jest mały.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back in your chair so it supports your lower back.</source>
        <translation>Usiądź głębiej, by oparcie podpierało dolną część pleców.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back so your head rests over your shoulders, not in front of them.</source>
        <translation>Usiądź głębiej, by głowa była nad barkami, a nie przed nimi.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Slide your chin straight back, hold for three seconds, relax.</source>
        <translation>Wsuń brodę prosto do tyłu, przytrzymaj trzy sekundy, rozluźnij.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand and do a hamstring stretch: heel on a low step, lean forward gently.</source>
        <translation>Wstań i rozciągnij tył uda: pięta na niskim stopniu, łagodny skłon do przodu.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up and walk for two or three minutes: fetch some water.</source>
        <translation>Wstań i pochodź dwie–trzy minuty: przynieś sobie wody.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up, roll your neck slowly and walk a lap before you sit again.</source>
        <translation>Wstań, powoli pokrąż głową i przejdź się, zanim znów usiądziesz.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stretch your arms overhead and lengthen your spine.</source>
        <translation>Wyciągnij ręce nad głowę i wydłuż kręgosłup.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Take a short walk around the room or down the corridor.</source>
        <translation>Przejdź się krótko po pokoju albo korytarzem.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Tuck your chin gently and lengthen the back of your neck.</source>
        <translation>Delikatnie cofnij brodę i wydłuż tył szyi.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Turn your head gently left, then right, holding each side for a breath.</source>
        <translation>Delikatnie obróć głowę w lewo, potem w prawo, na jeden oddech w każdą stronę.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Use a laptop stand with a separate keyboard.</source>
        <translation>Używaj podstawki pod laptopa i osobnej klawiatury.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} h</source>
        <translation>{0} godz.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} h {1:02d} min</source>
        <translation>{0} godz. {1:02d} min</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have been sitting for {0}.</source>
        <translation>Siedzisz już {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>After your call: time to stand up and walk</source>
        <translation>Po rozmowie: czas wstać i się przejść</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to stand up and walk</source>
        <translation>Czas wstać i się przejść</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have sat still for {0}.</source>
        <translation>Siedzisz bez ruchu już {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have been at your desk for {0}.</source>
        <translation>Siedzisz przy biurku od {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>After your call: time to shift position</source>
        <translation>Po rozmowie: czas zmienić pozycję</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to shift position</source>
        <translation>Czas zmienić pozycję</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Walk in {0}</source>
        <translation>Spacer za {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Finish your sentence: a walk break is coming up.</source>
        <translation>Dokończ myśl: niedługo przerwa na spacer.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your neck is bent forward</source>
        <translation>Szyja jest zgięta do przodu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f}° past your neutral.</source>
        <translation>Około {0:.0f}° ponad twoją pozycję neutralną.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your head has drifted forward</source>
        <translation>Głowa wysunęła się do przodu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your ears have dropped towards your shoulders.</source>
        <translation>Uszy opadły w stronę barków.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You are very close to the screen</source>
        <translation>Siedzisz bardzo blisko ekranu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f} cm away.</source>
        <translation>Około {0:.0f} cm od ekranu.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Raise your screen by about {0:.0f} cm</source>
        <translation>Podnieś ekran o około {0:.0f} cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Lower your screen by about {0:.0f} cm</source>
        <translation>Obniż ekran o około {0:.0f} cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Its top edge belongs at or just below eye level.</source>
        <translation>Górna krawędź powinna być na wysokości oczu lub tuż poniżej.</translation>
    </message>
    <message>
        <location filename="../../deskguard/notify/notifier.py"/>
        <source>Preview: {0}</source>
        <translation>Podgląd: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0}°</source>
        <translation>{0}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0} cm</source>
        <translation>{0} cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0} (+{1} probable)</source>
        <translation>{0} (oraz prawdopodobne: {1})</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0} ({1} confirmed by the camera)</source>
        <translation>{0} (potwierdzone przez kamerę: {1})</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated</source>
        <translation>Czas siedzenia</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch</source>
        <translation>Najdłuższe siedzenie</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Stretches of 1 h or more</source>
        <translation>Okresy siedzenia od 1 godz.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Breaks</source>
        <translation>Przerwy</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Walk reminders</source>
        <translation>Przypomnienia o spacerze</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Changes of position</source>
        <translation>Zmiany pozycji</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Good posture</source>
        <translation>Dobra postawa</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Poor posture</source>
        <translation>Zła postawa</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Posture alerts</source>
        <translation>Ostrzeżenia o postawie</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Neck past neutral</source>
        <translation>Zgięcie szyi ponad neutralną</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated time per day</source>
        <translation>Czas siedzenia w poszczególnych dniach</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Hours seated each day: good, poor and unjudged posture.</source>
        <translation>Godziny siedzenia każdego dnia: postawa dobra, zła i nieoceniona.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>good</source>
        <translation>dobra</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>poor</source>
        <translation>zła</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch seated per day; the dashed line is one hour</source>
        <translation>Najdłuższe siedzenie każdego dnia; linia przerywana oznacza godzinę</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Against the week before</source>
        <translation>W porównaniu z poprzednim tygodniem</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>not judged</source>
        <translation>nieoceniona</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>seated this week</source>
        <translation>czas siedzenia w tym tygodniu</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>longest stretch seated</source>
        <translation>najdłuższe siedzenie</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>stretches of an hour or more</source>
        <translation>okresy siedzenia trwające godzinę lub dłużej</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>breaks away from the desk</source>
        <translation>przerwy poza biurkiem</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>of judged time in good posture</source>
        <translation>ocenianego czasu w dobrej postawie</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>neck bent past your calibrated neutral, on average</source>
        <translation>średnie zgięcie szyi ponad twoją skalibrowaną pozycję neutralną</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Screen height: {0}.</source>
        <translation>Wysokość ekranu: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>No screen-height advice.</source>
        <translation>Brak porad dotyczących wysokości ekranu.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Local time ({0}). Made by DeskGuard on this computer; nothing in it left the machine.</source>
        <translation>Czas lokalny ({0}). Raport utworzony przez DeskGuard na tym komputerze; żadne z tych danych go nie opuściły.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>DeskGuard week {0}</source>
        <translation>DeskGuard – tydzień {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Your sitting week, {0}</source>
        <translation>Twój tydzień przy biurku, {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated time and posture</source>
        <translation>Czas siedzenia i postawa</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>good posture</source>
        <translation>dobra postawa</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>poor posture</source>
        <translation>zła postawa</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch seated each day</source>
        <translation>Najdłuższe siedzenie każdego dnia</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Day by day</source>
        <translation>Dzień po dniu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Some of your settings could not be read. Please check them in Settings.</source>
        <translation>Nie udało się odczytać części twoich ustawień. Sprawdź je w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>No system tray was found, so DeskGuard runs in this small window. Closing it keeps DeskGuard running; use Quit in the menu to stop.</source>
        <translation>Nie znaleziono zasobnika systemowego, więc DeskGuard działa w tym małym oknie. Zamknięcie okna nie wyłącza programu; aby go zakończyć, wybierz Zakończ w menu.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&amp;Menu</source>
        <translation>&amp;Menu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs its models</source>
        <translation>DeskGuard potrzebuje swoich modeli</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot start monitoring</source>
        <translation>DeskGuard nie może rozpocząć obserwacji</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs MediaPipe's face and pose models (Apache-2.0, Google). Download them now from Google's public model bucket?&lt;ul&gt;{0}&lt;/ul&gt;Each file is checked against its published SHA-256. This is the only network access DeskGuard makes. Without them it cannot watch your posture. Later, or to install them from a folder instead, choose &lt;i&gt;Get the models…&lt;/i&gt; in the tray menu.</source>
        <translation>DeskGuard potrzebuje modeli twarzy i sylwetki MediaPipe (Apache-2.0, Google). Pobrać je teraz z publicznego repozytorium modeli Google?&lt;ul&gt;{0}&lt;/ul&gt;Każdy plik jest sprawdzany z opublikowaną sumą SHA-256. To jedyne połączenie sieciowe, jakie wykonuje DeskGuard. Bez nich nie może obserwować twojej postawy. Później, albo by zainstalować je z folderu, wybierz &lt;i&gt;Pobierz modele…&lt;/i&gt; w menu w zasobniku.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading the models…</source>
        <translation>Pobieranie modeli…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading {0}…</source>
        <translation>Pobieranie {0}…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>The download was cancelled and nothing was kept. &lt;i&gt;Get the models…&lt;/i&gt; in the tray menu downloads them again or installs them from a folder; DeskGuard also asks the next time it starts.</source>
        <translation>Pobieranie anulowano i niczego nie zachowano. &lt;i&gt;Pobierz modele…&lt;/i&gt; w menu w zasobniku pobiera je ponownie lub instaluje z folderu; DeskGuard zapyta też przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Download cancelled</source>
        <translation>Pobieranie anulowane</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Your settings</source>
        <translation>Twoje ustawienia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>About DeskGuard</source>
        <translation>O programie DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;A sitting-posture monitor that stays on this computer: no picture is ever stored or sent. The only network use is the announced, verified download of MediaPipe's models (Apache-2.0, Google).</source>
        <translation>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;Monitor postawy przy siedzeniu, który działa tylko na tym komputerze: żaden obraz nie jest zapisywany ani wysyłany. Jedyne użycie sieci to zapowiedziane, weryfikowane pobranie modeli MediaPipe (Apache-2.0, Google).</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot open its history</source>
        <translation>DeskGuard nie może otworzyć historii</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>%n times each side</source>
        <extracomment>Singular: %n time each side</extracomment>
        <translation>
            <numerusform>%n raz na każdą stronę</numerusform>
            <numerusform>%n razy na każdą stronę</numerusform>
            <numerusform>%n razy na każdą stronę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>%n times</source>
        <extracomment>Singular: %n time</extracomment>
        <translation>
            <numerusform>%n raz</numerusform>
            <numerusform>%n razy</numerusform>
            <numerusform>%n razy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} seconds</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} each side</source>
        <translation>{0} na każdą stronę</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>A short break</source>
        <translation>Krótka przerwa</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>How to do it</source>
        <translation>Jak to zrobić</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Done</source>
        <translation>&amp;Gotowe</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Keep it: an exercise counts as a change of position</source>
        <translation>Zachowaj: ćwiczenie liczy się jako zmiana pozycji</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>S&amp;kip</source>
        <translation>&amp;Pomiń</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Close without doing the exercise</source>
        <translation>Zamknij bez wykonywania ćwiczenia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Another</source>
        <translation>&amp;Inne</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Show another exercise</source>
        <translation>Pokaż inne ćwiczenie</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>The camera counts along. Press Done when you have finished.</source>
        <translation>Kamera liczy powtórzenia. Naciśnij Gotowe, gdy skończysz.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Press Done when you have finished.</source>
        <translation>Naciśnij Gotowe, gdy skończysz.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done. Press Done to keep it.</source>
        <translation>Świetnie. Naciśnij Gotowe, by je zachować.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} s to go</source>
        <translation>Jeszcze {0} s</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done: counted by the camera.</source>
        <translation>Świetnie: policzone przez kamerę.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done.</source>
        <translation>Świetnie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>alert {0:.0f}°</source>
        <translation>ostrzeżenie {0:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>neutral</source>
        <translation>neutralna</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibrate DeskGuard</source>
        <translation>Kalibracja DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Starting the camera…</source>
        <translation>Uruchamianie kamery…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera preview (not saved)</source>
        <translation>Podgląd z kamery (niezapisywany)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Sit upright, shoulders relaxed, and look straight ahead at the middle of your screen. Press Start and hold still for five seconds.</source>
        <translation>Usiądź prosto, barki rozluźnione, i patrz na środek ekranu. Naciśnij Start i nie ruszaj się przez pięć sekund.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration result</source>
        <translation>Wynik kalibracji</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Download the models</source>
        <translation>&amp;Pobierz modele</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Fetch the face and pose models from their official source and check them</source>
        <translation>Pobierz modele twarzy i sylwetki z oficjalnego źródła i sprawdź je</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Desk set-up</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>A name for this desk set-up, e.g. laptop or docked</source>
        <translation>Nazwa stanowiska, np. laptop albo stacja dokująca</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Des&amp;k set-up:</source>
        <translation>Stan&amp;owisko:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still for five seconds while DeskGuard learns your upright posture</source>
        <translation>Nie ruszaj się przez pięć sekund, gdy DeskGuard uczy się twojej wyprostowanej postawy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Use this calibration</source>
        <translation>&amp;Użyj tej kalibracji</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Check your posture against this calibration from now on</source>
        <translation>Od teraz postawa będzie sprawdzana względem tej kalibracji</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Loading the models…</source>
        <translation>Wczytywanie modeli…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>it has sent no picture for {0:.0f} seconds</source>
        <translation>nie przesyła obrazu od {0:.0f} s</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>DeskGuard needs its face and pose models to see you, and they are not installed.</source>
        <translation>DeskGuard potrzebuje modeli twarzy i sylwetki, by cię widzieć, a nie są one zainstalowane.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Download them with the button below, or install them from a folder with “Get the models…” in the tray menu. Calibration starts as soon as they are found.</source>
        <translation>Pobierz je przyciskiem poniżej albo zainstaluj z folderu poleceniem „Pobierz modele…” w menu w zasobniku. Kalibracja zacznie się, gdy tylko zostaną znalezione.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>No picture from the camera.</source>
        <translation>Brak obrazu z kamery.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Plug it in or switch it on, or end any call that uses it; another camera is chosen in Settings, on the Camera tab. DeskGuard keeps trying.</source>
        <translation>Podłącz ją lub włącz albo zakończ rozmowę, która z niej korzysta; inną kamerę wybierzesz w Ustawieniach, na karcie Kamera. DeskGuard próbuje dalej.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration stopped: press Start again once you are seen.</source>
        <translation>Kalibracja przerwana: naciśnij Start ponownie, gdy będzie cię widać.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Downloading {0}: {1} %</source>
        <translation>Pobieranie {0}: {1} %</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still… {0}</source>
        <translation>Nie ruszaj się… {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Bend your head forward: the scale under the picture shows where alerts start.</source>
        <translation>Pochyl głowę do przodu: skala pod obrazem pokazuje, gdzie zaczynają się ostrzeżenia.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera tilt: {0:.0f}° {1}.</source>
        <translation>Pochylenie kamery: {0:.0f}° {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>down</source>
        <translation>w dół</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>up</source>
        <translation>w górę</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Your neutral head position is found; with “Use this calibration” neck bending is measured from it.</source>
        <translation>Twoja neutralna pozycja głowy została wyznaczona; po wybraniu „Użyj tej kalibracji” zgięcie szyi będzie mierzone od niej.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Viewing distance: {0:.0f} cm.</source>
        <translation>Odległość od ekranu: {0:.0f} cm.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>The top of your screen is at a good height.</source>
        <translation>Górna krawędź ekranu jest na dobrej wysokości.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Lower</source>
        <translation>Obniż</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Raise</source>
        <translation>Podnieś</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>{0} your screen by about {1:.0f} cm.</source>
        <translation>{0} ekran o około {1:.0f} cm.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Saved. DeskGuard now checks your posture against it.</source>
        <translation>Zapisano. DeskGuard sprawdza teraz twoją postawę względem tej kalibracji.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Camera {0}</source>
        <translation>Kamera {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Recording: {0}</source>
        <translation>Nagranie: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>The camera DeskGuard looks through, or a recording to watch</source>
        <translation>Kamera, przez którą patrzy DeskGuard, albo nagranie do obserwacji</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>A &amp;recording…</source>
        <translation>&amp;Nagranie…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Watch a video file or a folder of pictures instead</source>
        <translation>Obserwuj zamiast tego plik wideo lub folder ze zdjęciami</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Watch a recording</source>
        <translation>Wybierz nagranie</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Wideo (*.mp4 *.avi *.mkv *.mov *.webm);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard — your day</source>
        <translation>DeskGuard — twój dzień</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard dashboard</source>
        <translation>Panel DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ &amp;Previous day</source>
        <translation>◀ &amp;Poprzedni dzień</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Next day ▶</source>
        <translation>&amp;Następny dzień ▶</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Day shown</source>
        <translation>Wyświetlany dzień</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The day the cards and the charts show</source>
        <translation>Dzień pokazywany na kartach i wykresach</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Today</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Time seated</source>
        <translation>Czas siedzenia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Posture</source>
        <translation>Postawa</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Advice</source>
        <translation>Porady</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Day</source>
        <translation>D&amp;zień</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Week</source>
        <translation>&amp;Tydzień</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ Previous &amp;week</source>
        <translation>◀ Poprzedni t&amp;ydzień</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>N&amp;astępny tydzień ▶</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week shown</source>
        <translation>Wyświetlany tydzień</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Export this week…</source>
        <translation>&amp;Eksportuj ten tydzień…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week in words</source>
        <translation>Podsumowanie tygodnia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Timeline of the day</source>
        <translation>Przebieg dnia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle over the day</source>
        <translation>Kąt szyi w ciągu dnia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>seated this day</source>
        <translation>czas siedzenia tego dnia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0} of them an hour or more</source>
        <translation>w tym godzinę lub dłużej: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>none of an hour or more</source>
        <translation>żadnego trwającego godzinę lub dłużej</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch seated without getting up; {0}</source>
        <translation>najdłuższe siedzenie bez wstawania; {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>of the judged time in good posture ({0} good, {1} poor)</source>
        <translation>ocenianego czasu w dobrej postawie (dobrze: {0}, źle: {1})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>posture not judged this day</source>
        <translation>postawa nieoceniana tego dnia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height: {0} (your eyes sit {1:.0f} cm above its top edge).</source>
        <translation>Wysokość ekranu: {0} (oczy są {1:.0f} cm nad jego górną krawędzią).</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height is right: its top edge is at or just below eye level.</source>
        <translation>Wysokość ekranu jest dobra: górna krawędź jest na wysokości oczu lub tuż poniżej.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>about an arm's length, good</source>
        <translation>mniej więcej długość ręki, dobrze</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>closer than an arm's length</source>
        <translation>bliżej niż na długość ręki</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>further than usual</source>
        <translation>dalej niż zwykle</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Viewing distance {0:.0f} cm: {1}.</source>
        <translation>Odległość od ekranu {0:.0f} cm: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Seated minutes per quarter hour</source>
        <translation>Minuty siedzenia na kwadrans</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>keyboard and mouse (no camera)</source>
        <translation>klawiatura i mysz (bez kamery)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: not measured without a camera</source>
        <translation>Kąt szyi: bez kamery nie jest mierzony</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: not calibrated, so not measured (calibrate from the tray)</source>
        <translation>Kąt szyi: brak kalibracji, więc brak pomiaru (skalibruj z zasobnika)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle past your calibrated neutral: no measurement this day</source>
        <translation>Kąt szyi względem skalibrowanej pozycji neutralnej: brak pomiarów tego dnia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck: degrees bent past your calibrated neutral (0° = as calibrated)</source>
        <translation>Szyja: stopnie zgięcia ponad skalibrowaną pozycję neutralną (0° = jak przy kalibracji)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: under {1:.0f}°</source>
        <translation>{0}: poniżej {1:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: {1:.0f}–{2:.0f}°</source>
        <translation>{0}: {1:.0f}–{2:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: {1:.0f}° and more, held: alert</source>
        <translation>{0}: {1:.0f}° i więcej, utrzymane: ostrzeżenie</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>your neck (10-minute mean)</source>
        <translation>twoja szyja (średnia z 10 minut)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> (this week)</source>
        <translation> (ten tydzień)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&lt;b&gt;Week {0}&lt;/b&gt;, {1}{2}</source>
        <translation>&lt;b&gt;Tydzień {0}&lt;/b&gt;, {1}{2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> (plus {0} probable)</source>
        <translation> (oraz prawdopodobne: {0})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Breaks away from the desk: {0}{1}.</source>
        <translation>Przerwy poza biurkiem: {0}{1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Exercises: {0}.</source>
        <translation>W tym tygodniu {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Longest stretch seated each day: {0}.</source>
        <translation>Najdłuższe siedzenie każdego dnia: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch</source>
        <translation>najdłuższe siedzenie</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: a streak day stays under</source>
        <translation>{0}: granica dnia serii</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week {0}: hours seated, and the longest stretch</source>
        <translation>Tydzień {0}: godziny siedzenia i najdłuższe siedzenie</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Snooze 10 min</source>
        <translation>Odłóż na 10 min</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Show me</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Report for reading (HTML, opens in a browser or on a phone)</source>
        <translation>Raport do czytania (HTML, otwiera się w przeglądarce lub na telefonie)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Spreadsheet (CSV, one row per day)</source>
        <translation>Arkusz kalkulacyjny (CSV, wiersz na dzień)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Data (JSON, for other programs)</source>
        <translation>Dane (JSON, dla innych programów)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export a week — DeskGuard</source>
        <translation>Eksport tygodnia — DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export a week</source>
        <translation>Eksport tygodnia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The week whose figures are saved</source>
        <translation>Tydzień, którego dane zostaną zapisane</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Week {0}, {1} – {2}</source>
        <translation>Tydzień {0}, {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The kind of file to save</source>
        <translation>Rodzaj zapisywanego pliku</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Where the file is saved</source>
        <translation>Folder, w którym zostanie zapisany plik</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>File name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Week:</source>
        <translation>&amp;Tydzień:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>File name:</source>
        <translation>Nazwa pliku:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Open folder</source>
        <translation>Otwórz fo&amp;lder</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export to which folder?</source>
        <translation>Do którego folderu eksportować?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The folder {0} does not exist; choose another.</source>
        <translation>Folder {0} nie istnieje; wybierz inny.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The week could not be saved: {0}</source>
        <translation>Nie udało się zapisać tygodnia: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>replaced the earlier export of that week</source>
        <translation>zastąpiono wcześniejszy eksport tego tygodnia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&lt;b&gt;Week {0} saved.&lt;/b&gt;&lt;br&gt;The file is in &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;named {2}{3}.</source>
        <translation>&lt;b&gt;Tydzień {0} zapisany.&lt;/b&gt;&lt;br&gt;Plik jest w folderze &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;i nazywa się {2}{3}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Get the models</source>
        <translation>Pobierz modele</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>DeskGuard sees you through MediaPipe's face and pose models (Apache-2.0, Google), {0:.0f} MB in all. Download them from Google's public model bucket, or install them from a folder that holds {1}, a USB stick for instance. Either way every file is checked against its published SHA-256. The download is the only network access DeskGuard ever makes.</source>
        <translation>DeskGuard widzi cię dzięki modelom twarzy i sylwetki MediaPipe (Apache-2.0, Google), łącznie {0:.0f} MB. Pobierz je z publicznego repozytorium modeli Google albo zainstaluj z folderu, który zawiera {1}, na przykład z pendrive’a. W obu przypadkach każdy plik jest sprawdzany z opublikowaną sumą SHA-256. Pobranie to jedyne połączenie sieciowe, jakie DeskGuard kiedykolwiek wykonuje.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>What went wrong</source>
        <translation>Co poszło nie tak</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>&amp;Download</source>
        <translation>&amp;Pobierz</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Fetch the face and pose models from Google's model bucket and check them</source>
        <translation>Pobierz modele twarzy i sylwetki z repozytorium modeli Google i sprawdź je</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Install from a &amp;folder…</source>
        <translation>Zainstaluj z &amp;folderu…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>They are not installed yet.</source>
        <translation>Nie są jeszcze zainstalowane.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Not loaded: {0}</source>
        <translation>Nie wczytano: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Nothing was installed: {0}</source>
        <translation>Niczego nie zainstalowano: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>The folder with the model files</source>
        <translation>Folder z plikami modeli</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>they could not be copied: {0}</source>
        <translation>nie udało się ich skopiować: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Check my posture every</source>
        <translation>Sprawdzaj postawę co</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees</source>
        <translation>Pole widzenia kamery</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera height above the screen's top edge</source>
        <translation>Wysokość kamery nad górną krawędzią ekranu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to shift position after</source>
        <translation>Przypominaj o zmianie pozycji po</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to get up and walk after</source>
        <translation>Przypominaj o wstaniu i spacerze po</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Repeat an ignored walk reminder every</source>
        <translation>Powtarzaj pominięte przypomnienie o spacerze co</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break is being away for at least</source>
        <translation>Przerwa to nieobecność przez co najmniej</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Posture alert sensitivity</source>
        <translation>Czułość ostrzeżeń o postawie</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Alert when a posture is held for</source>
        <translation>Ostrzegaj, gdy postawa trwa</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Never repeat the same alert within</source>
        <translation>Nie powtarzaj tego samego ostrzeżenia przez</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too close is nearer to the screen than</source>
        <translation>Za blisko to bliżej ekranu niż</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Only during work hours</source>
        <translation>Tylko w godzinach pracy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work starts at</source>
        <translation>Praca zaczyna się o</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work ends at</source>
        <translation>Praca kończy się o</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days</source>
        <translation>Dni pracy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours from</source>
        <translation>Cisza od</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours until</source>
        <translation>Cisza do</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show notifications</source>
        <translation>Pokazuj powiadomienia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Play a soft sound with them</source>
        <translation>Z cichym dźwiękiem</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A heads-up two minutes before a walk reminder</source>
        <translation>Uprzedzaj 2 minuty przed spacerem</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Offer a short exercise with reminders</source>
        <translation>Proponuj krótkie ćwiczenie przy przypomnieniu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Let the camera count the repetitions</source>
        <translation>Niech kamera liczy powtórzenia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Exercises offered</source>
        <translation>Proponowane ćwiczenia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Start DeskGuard when I log in</source>
        <translation>Uruchamiaj DeskGuard po zalogowaniu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keep detailed history for</source>
        <translation>Przechowuj szczegółową historię przez</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Notice that I am sitting by</source>
        <translation>Wykrywanie siedzenia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break by keyboard and mouse is no input for</source>
        <translation>Przerwa według klawiatury i myszy to brak aktywności przez</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera and keyboard/mouse</source>
        <translation>Kamera oraz klawiatura/mysz</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera only</source>
        <translation>Tylko kamera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keyboard and mouse only</source>
        <translation>Tylko klawiatura i mysz</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Low</source>
        <translation>Niska</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Medium</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>High</source>
        <translation>Wysoka</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Sitting still stiffens the back and neck: a small shift of position every few minutes helps, and a short walk every hour helps more. Being away from the desk for the break time ends a stretch of sitting.</source>
        <translation>Siedzenie bez ruchu usztywnia plecy i szyję: drobna zmiana pozycji co kilka minut pomaga, a krótki spacer co godzinę pomaga jeszcze bardziej. Nieobecność przy biurku przez czas przerwy kończy okres siedzenia.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Where the desktop allows it, a reminder can be answered on the notification: Done, Snooze 10 min or Skip. Show me sends one now, as you would get it, marked as a preview and not kept in your history.</source>
        <translation>Tam, gdzie pulpit na to pozwala, na przypomnienie można odpowiedzieć w powiadomieniu: Gotowe, Odłóż na 10 min lub Pomiń. Pokaż wysyła je od razu, tak jak je dostaniesz, oznaczone jako podgląd i niezapisywane w historii.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>An alert comes only when a posture is held for most of the time set here, never for a glance down. Higher sensitivity alerts at a smaller bend of the neck.</source>
        <translation>Ostrzeżenie pojawia się tylko wtedy, gdy postawa utrzymuje się przez większość ustawionego tu czasu, nigdy przy krótkim spojrzeniu w dół. Wyższa czułość ostrzega przy mniejszym zgięciu szyi.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Off: DeskGuard watches whenever the computer is in use. On: only on the days and between the times set here.</source>
        <translation>Wyłączone: DeskGuard obserwuje zawsze, gdy komputer jest używany. Włączone: tylko w ustawione tu dni i godziny.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours, a lunch break for instance; reminders that fall due then wait until they end. Off by default.</source>
        <translation>W godzinach ciszy nie ma powiadomień, na przykład w przerwie na lunch; przypomnienia, które wtedy wypadną, czekają do ich końca. Domyślnie wyłączone.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees is measured from corner to corner: about 70° for most laptop cameras, 90° or more for a wide-angle webcam. A camera on top of the screen is about 1 cm above its edge; below the screen, give a negative height. No picture is ever stored.</source>
        <translation>Pole widzenia kamery mierzy się po przekątnej: około 70° w większości kamer laptopów, 90° lub więcej w kamerach szerokokątnych. Kamera na górze ekranu jest około 1 cm nad jego krawędzią; pod ekranem podaj wysokość ujemną. Żaden obraz nie jest zapisywany.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Without the camera</source>
        <translation>Bez kamery</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keyboard and mouse show that you are sitting when the camera cannot: in a call, unplugged, in the dark. With keyboard and mouse only, you get seated time and reminders but no posture checks, and the camera is never used. Reading and watching are not breaks, so only a longer silence is.</source>
        <translation>Klawiatura i mysz pokazują, że siedzisz, gdy kamera tego nie widzi: w trakcie rozmowy, po odłączeniu kamery, w ciemności. Z samą klawiaturą i myszą masz czas siedzenia i przypomnienia, ale bez sprawdzania postawy, a kamera nigdy nie jest używana. Czytanie i oglądanie to nie przerwy, więc przerwą jest dopiero dłuższy brak aktywności.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>“Show me” on a reminder, or A short exercise in the tray menu, opens one with its steps. Where it can see them, the camera counts neck turns, side bends, shrugs and chin tucks for as long as the exercise lasts; nothing is counted against you, and Done always counts.</source>
        <translation>„Pokaż” przy przypomnieniu albo Krótkie ćwiczenie w menu w zasobniku otwiera ćwiczenie z opisem kroków. Gdy je widzi, kamera liczy skręty głowy, skłony boczne, unoszenie barków i cofanie brody przez cały czas ćwiczenia; nic nie liczy się na twoją niekorzyść, a Gotowe zawsze się liczy.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A new language takes effect at the next start. Older history is kept as daily totals. Your history, calibrations and settings stay on this computer.</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu. Starsza historia jest przechowywana jako dzienne sumy. Twoja historia, kalibracje i ustawienia zostają na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Offer this exercise with reminders</source>
        <translation>Proponuj to ćwiczenie przy przypomnieniu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>from {0} to {1}</source>
        <translation>od {0} do {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Shift</source>
        <translation>Zmiana &amp;pozycji</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Walk</source>
        <translation>&amp;Spacer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Heads-up</source>
        <translation>&amp;Zapowiedź</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Neck</source>
        <translation>Sz&amp;yja</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Head &amp;forward</source>
        <translation>&amp;Głowa do przodu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too &amp;close</source>
        <translation>Za &amp;blisko</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Screen hei&amp;ght</source>
        <translation>&amp;Wysokość ekranu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera status</source>
        <translation>Stan kamery</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>DeskGuard settings</source>
        <translation>Ustawienia DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Hold notifications in quiet hours</source>
        <translation>Wstrzymuj powiadomienia w godzinach ciszy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours</source>
        <translation>Godziny ciszy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours</source>
        <translation>Brak powiadomień w godzinach ciszy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Watch</source>
        <translation>&amp;Obserwuj</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Send a preview of each kind of notification</source>
        <translation>Wyślij podgląd każdego rodzaju powiadomienia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Usuń wszystkie moje dane…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Your history, calibrations and settings, from this computer; it asks first</source>
        <translation>Usuwa z tego komputera historię, kalibracje i ustawienia; najpierw pyta o potwierdzenie</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show me: {0}</source>
        <translation>Pokaż: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Send a preview of this notification now</source>
        <translation>Wyślij teraz podgląd tego powiadomienia</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No picture: {0} No camera is connected to this computer.</source>
        <translation>Brak obrazu: {0} Do tego komputera nie jest podłączona żadna kamera.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No picture: {0}</source>
        <translation>Brak obrazu: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>In use. No other camera is connected.</source>
        <translation>W użyciu. Nie jest podłączona żadna inna kamera.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>In use. Cameras connected: {0}.</source>
        <translation>W użyciu. Podłączone kamery: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>As the system ({0})</source>
        <translation>Jak w systemie ({0})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Watch on this day, in the work hours</source>
        <translation>Obserwuj w ten dzień w godzinach pracy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: off</source>
        <translation>Godziny pracy: wyłączone</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: on</source>
        <translation>Godziny pracy: włączone</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: off</source>
        <translation>Godziny ciszy: wyłączone</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: {0} to {1}</source>
        <translation>Godziny ciszy: {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>{0}: {1} is out of range; choose {2}.</source>
        <translation>{0}: wartość {1} jest poza zakresem; wybierz {2}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days: tick at least one day.</source>
        <translation>Dni pracy: zaznacz co najmniej jeden dzień.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: the start and the end are the same time.</source>
        <translation>Godziny pracy: początek i koniec to ta sama godzina.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Exercises: tick at least one, or switch them off.</source>
        <translation>Ćwiczenia: zaznacz co najmniej jedno albo je wyłącz.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: the start and the end are the same time; untick Quiet hours for none.</source>
        <translation>Godziny ciszy: początek i koniec to ta sama godzina; odznacz Wstrzymuj powiadomienia, jeśli nie chcesz godzin ciszy.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Not applied: </source>
        <translation>Nie zastosowano: </translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Applied.</source>
        <translation>Zastosowano.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Delete all your data?</source>
        <translation>Usunąć wszystkie dane?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>This deletes your sitting history, your calibrations and your settings from this computer. It cannot be undone.</source>
        <translation>Ta operacja usuwa z tego komputera historię siedzenia, kalibracje i ustawienia. Nie można jej cofnąć.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>DeskGuard menu</source>
        <translation>Menu DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Get the models…</source>
        <translation>Pobierz &amp;modele…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Pause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;30 minutes</source>
        <translation>Na &amp;30 minut</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;1 hour</source>
        <translation>Na &amp;1 godzinę</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Until &amp;tomorrow</source>
        <translation>Do &amp;jutra</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;how long…</source>
        <translation>Na &amp;ile…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Resume</source>
        <translation>Wz&amp;nów</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Snooze reminders for 15 minutes</source>
        <translation>&amp;Odłóż przypomnienia na 15 minut</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze</source>
        <translation>&amp;Anuluj odłożenie</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>A short e&amp;xercise…</source>
        <translation>&amp;Krótkie ćwiczenie…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Calibrate…</source>
        <translation>Ka&amp;libruj…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Desk set-&amp;up</source>
        <translation>&amp;Stanowisko</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Panel…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;About DeskGuard</source>
        <translation>O p&amp;rogramie DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause DeskGuard</source>
        <translation>Wstrzymaj DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause for how many minutes?</source>
        <translation>Na ile minut wstrzymać?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze (until {0})</source>
        <translation>&amp;Anuluj odłożenie (do {0})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>GNOME shows no tray icons by itself. Install the AppIndicator extension (&lt;tt&gt;{0}&lt;/tt&gt;), log out and in again, and turn on “AppIndicator and KStatusNotifierItem Support” in the Extensions app; DeskGuard's icon then appears at the top right.</source>
        <translation>GNOME sam nie pokazuje ikon w zasobniku. Zainstaluj rozszerzenie AppIndicator (&lt;tt&gt;{0}&lt;/tt&gt;), wyloguj się i zaloguj ponownie, a potem włącz „AppIndicator and KStatusNotifierItem Support” w aplikacji Rozszerzenia; ikona DeskGuard pojawi się w prawym górnym rogu.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Your desktop shows no system tray. Add a tray (“notification area” or “status notifier”) to your panel, then start DeskGuard again.</source>
        <translation>Twój pulpit nie ma zasobnika systemowego. Dodaj do panelu zasobnik („obszar powiadomień” lub „status notifier”), a potem uruchom DeskGuard ponownie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Welcome to DeskGuard</source>
        <translation>Witaj w DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Every few seconds DeskGuard looks through your camera to see how your neck is bent, how close you sit and whether your screen is at eye level. It reminds you to change position every {0} and to get up and walk every {1}, and says so when a strained posture lasts.</source>
        <translation>Co kilka sekund DeskGuard patrzy przez kamerę, jak zgięta jest twoja szyja, jak blisko siedzisz i czy ekran jest na wysokości oczu. Przypomina o zmianie pozycji co {0} i o wstaniu na spacer co {1}, a także daje znać, gdy niekorzystna postawa się przedłuża.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No picture is ever stored or sent.</source>
        <translation>Żaden obraz nie jest nigdy zapisywany ani wysyłany.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Each picture is measured in memory and forgotten. Your history stays on this computer. The only network use is the one-time download of the face and pose models, and DeskGuard asks before it.</source>
        <translation>Każdy obraz jest mierzony w pamięci i od razu zapominany. Twoja historia zostaje na tym komputerze. Jedyne użycie sieci to jednorazowe pobranie modeli twarzy i sylwetki, a DeskGuard najpierw o to zapyta.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Show the &amp;preview again</source>
        <translation>Pokaż &amp;podgląd ponownie</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>You should see yourself here, head and shoulders. The picture is only shown, never saved.</source>
        <translation>Tutaj powinno być cię widać: głowę i barki. Obraz jest tylko wyświetlany, nigdy zapisywany.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Use &amp;keyboard and mouse only</source>
        <translation>&amp;Tylko klawiatura i mysz</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Count sitting time from your keyboard and mouse; posture needs a camera</source>
        <translation>Licz czas siedzenia z klawiatury i myszy; postawa wymaga kamery</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No camera was found on this computer.</source>
        <translation>Na tym komputerze nie znaleziono kamery.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Calibrate</source>
        <translation>Kalibracja</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Sit upright and comfortable, and let DeskGuard learn that posture in five seconds: neck bending is then measured from it. You can do it later from the tray menu.</source>
        <translation>Usiądź prosto i wygodnie, a DeskGuard w pięć sekund nauczy się tej postawy: od niej mierzone jest zgięcie szyi. Możesz to zrobić później z menu w zasobniku.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>&amp;Calibrate now…</source>
        <translation>&amp;Kalibruj teraz…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Where DeskGuard lives</source>
        <translation>Gdzie znajdziesz DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard's tray icon</source>
        <translation>Ikona DeskGuard w zasobniku</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard runs in the top bar, with this icon. Click it for the menu: pause, calibrate, settings, quit; double-click it for today's dashboard. Its shape and colour show how things are.</source>
        <translation>DeskGuard działa na górnym pasku, z tą ikoną. Kliknij ją, by otworzyć menu: wstrzymanie, kalibracja, ustawienia, zakończenie; kliknij dwukrotnie, by zobaczyć dzisiejszy panel. Jej kształt i kolor pokazują, jak się sprawy mają.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard runs in the system tray, with this icon, at the top or bottom edge of your screen. Click it for today's dashboard; right-click it for the menu: pause, calibrate, settings, quit. Its shape and colour show how things are.</source>
        <translation>DeskGuard działa w zasobniku systemowym, z tą ikoną, przy górnej lub dolnej krawędzi ekranu. Kliknij ją, by zobaczyć dzisiejszy panel; kliknij prawym przyciskiem, by otworzyć menu: wstrzymanie, kalibracja, ustawienia, zakończenie. Jej kształt i kolor pokazują, jak się sprawy mają.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No system tray was found, so DeskGuard runs in a small window instead.</source>
        <translation>Nie znaleziono zasobnika systemowego, więc DeskGuard działa zamiast tego w małym oknie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>&amp;Start watching</source>
        <translation>&amp;Zacznij obserwację</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard counts how long you sit from your keyboard and mouse. It reminds you to change position every {0} and to get up and walk every {1}. Posture needs a camera: choose one in Settings when you have one.</source>
        <translation>DeskGuard liczy czas siedzenia na podstawie klawiatury i myszy. Przypomina o zmianie pozycji co {0} i o wstaniu na spacer co {1}. Postawa wymaga kamery: wybierz ją w Ustawieniach, gdy będziesz ją mieć.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Preview stopped.</source>
        <translation>Podgląd zatrzymany.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard needs its face and pose models before it can see you.</source>
        <translation>DeskGuard potrzebuje modeli twarzy i sylwetki, zanim będzie mógł cię widzieć.</translation>
    </message>
</context>
</TS>
