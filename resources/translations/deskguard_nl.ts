<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DeskGuard</name>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Nothing seated was recorded this day.</source>
        <translation>Op deze dag is geen zittijd vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Seated {0} between {1} and {2}; longest stretch {3} from {4}.</source>
        <translation>{0} gezeten tussen {1} en {2}; langste zitperiode {3} vanaf {4}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Posture good for {0}, poor for {1}.</source>
        <translation>Houding {0} goed, {1} slecht.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Neck angle not measured: DeskGuard is not calibrated yet.</source>
        <translation>Nekhoek niet gemeten: DeskGuard is nog niet gekalibreerd.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>No neck angle was measured this day.</source>
        <translation>Op deze dag is geen nekhoek gemeten.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Neck bent {0:.0f}° past your neutral on average, at most {1:.0f}° at {2}; {3} at {4:.0f}° or more, where alerts start.</source>
        <translation>Nek gemiddeld {0:.0f}° voorbij je neutrale houding gebogen, hoogstens {1:.0f}° om {2}; {3} op {4:.0f}° of meer, waar de waarschuwingen beginnen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Nothing seated was recorded this week.</source>
        <translation>Deze week is geen zittijd vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>{0}: {1} (longest stretch {2})</source>
        <translation>{0}: {1} (langste zitperiode {2})</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Seated {0} this week. {1}. Most on {2}.</source>
        <translation>Deze week {0} gezeten. {1}. Het meest op {2}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>Ready when you are: go at your own pace</source>
        <translation>Begin wanneer je wilt: in je eigen tempo</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>{0} of {1} — good</source>
        <translation>{0} van {1} — goed</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>{0} of {1} — well done</source>
        <translation>{0} van {1} — goed gedaan</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Neck turns</source>
        <translation>Nekrotaties</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall and let your shoulders relax.</source>
        <translation>Zit rechtop en laat je schouders ontspannen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Turn your head slowly to look over your left shoulder; hold for a breath.</source>
        <translation>Draai je hoofd langzaam om over je linkerschouder te kijken; blijf zo één ademhaling lang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back to the centre, then turn to the right.</source>
        <translation>Kom terug naar het midden en draai dan naar rechts.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Go only as far as is comfortable.</source>
        <translation>Ga alleen zo ver als prettig is.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Neck side bends</source>
        <translation>Zijwaartse nekbuiging</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall, shoulders down, looking straight ahead.</source>
        <translation>Zit rechtop, schouders laag, en kijk recht vooruit.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Tilt your ear gently towards your left shoulder; hold for a breath.</source>
        <translation>Kantel je oor rustig naar je linkerschouder; blijf zo één ademhaling lang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back up to the centre, then tilt to the right.</source>
        <translation>Kom terug naar het midden en kantel dan naar rechts.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Slow neck rolls</source>
        <translation>Langzame nekrollen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Drop your chin gently towards your chest.</source>
        <translation>Laat je kin rustig naar je borst zakken.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Roll your head slowly towards one shoulder, then back through the centre to the other.</source>
        <translation>Rol je hoofd langzaam naar één schouder en dan via het midden naar de andere.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Keep it slow and small; skip any part that pinches.</source>
        <translation>Beweeg langzaam en klein; sla over wat knelt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Chin tucks</source>
        <translation>Kin intrekken</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall, looking straight ahead.</source>
        <translation>Zit rechtop en kijk recht vooruit.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Slide your chin straight back, as if making a double chin; keep your eyes level.</source>
        <translation>Schuif je kin recht naar achteren, alsof je een dubbele kin maakt; houd je blik horizontaal.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Hold for two or three seconds, then relax forward again.</source>
        <translation>Houd twee of drie seconden vast en ontspan dan weer.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Shoulder shrugs</source>
        <translation>Schouders ophalen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let your arms hang loose.</source>
        <translation>Laat je armen losjes hangen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Lift both shoulders up towards your ears and hold for two seconds.</source>
        <translation>Trek beide schouders op naar je oren en houd twee seconden vast.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let them drop and relax completely.</source>
        <translation>Laat ze zakken en ontspan helemaal.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Shoulder rolls</source>
        <translation>Schouderrollen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit or stand tall with your arms relaxed.</source>
        <translation>Zit of sta rechtop met ontspannen armen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Circle your shoulders up, back and down, slowly.</source>
        <translation>Draai langzaam rondjes met je schouders: omhoog, naar achteren en omlaag.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Finish with your shoulders low and a little back.</source>
        <translation>Eindig met je schouders laag en iets naar achteren.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Hamstring stretch</source>
        <translation>Hamstrings rekken</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit near the front of your chair with one leg straight, heel on the floor.</source>
        <translation>Ga op het voorste deel van je stoel zitten met één been gestrekt, hiel op de grond.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Keep your back long and lean forward from the hips until you feel a gentle stretch.</source>
        <translation>Houd je rug lang en buig vanuit je heupen naar voren tot je een lichte rek voelt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Breathe calmly, then change legs.</source>
        <translation>Adem rustig en wissel dan van been.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Standing back extension</source>
        <translation>Rugstrekking in stand</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Stand with your feet apart and your hands on your lower back.</source>
        <translation>Sta met je voeten uit elkaar en je handen op je onderrug.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Lean back gently, looking slightly up; only as far as is comfortable.</source>
        <translation>Leun rustig naar achteren en kijk iets omhoog; alleen zo ver als prettig is.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back to standing tall.</source>
        <translation>Kom terug tot je weer rechtop staat.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>A short walk</source>
        <translation>Een kort loopje</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Stand up and walk for a couple of minutes: fetch some water.</source>
        <translation>Sta op en loop een paar minuten: haal wat water.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let your arms swing and look at something far away.</source>
        <translation>Laat je armen meezwaaien en kijk naar iets in de verte.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/i18n.py"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you for long enough. Sit facing the screen, in the middle of the picture, with your head and shoulders in view.</source>
        <translation>Je was niet lang genoeg te zien. Zit met je gezicht naar het scherm, midden in beeld, met je hoofd en schouders zichtbaar.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you well. Add light in front of you, sit about an arm's length from the screen and face it.</source>
        <translation>Je was niet goed te zien. Zorg voor meer licht van voren, zit op ongeveer een armlengte van het scherm en kijk ernaar.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Your head moved too much ({0:.1f}°). Sit still, upright, and look straight ahead for a few seconds.</source>
        <translation>Je hoofd bewoog te veel ({0:.1f}°). Zit een paar seconden stil en rechtop en kijk recht vooruit.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Away from the desk</source>
        <translation>Weg van het bureau</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera in use by another app: not disturbing you</source>
        <translation>Camera in gebruik door een andere app: je wordt niet gestoord</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable</source>
        <translation>Camera niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Can't see you well (light, framing or distance)</source>
        <translation>Je bent niet goed te zien (licht, beeld of afstand)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Models missing: Get the models… in the menu</source>
        <translation>Modellen ontbreken: kies Modellen ophalen… in het menu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Outside work hours</source>
        <translation>Buiten werktijd</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture looks good</source>
        <translation>Houding ziet er goed uit</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture needs attention</source>
        <translation>Houding vraagt aandacht</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Watching the time; calibrate to check posture</source>
        <translation>Houdt alleen de tijd bij; kalibreer om ook je houding te laten controleren</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>head drifting forward</source>
        <translation>hoofd naar voren</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>neck bent forward</source>
        <translation>nek naar voren gebogen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>too close to the screen</source>
        <translation>te dicht bij het scherm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: {0}</source>
        <translation>Houding: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call: %n reminders held</source>
        <extracomment>Singular: In a call: %n reminder held</extracomment>
        <translation>
            <numerusform>In gesprek: %n herinnering wacht</numerusform>
            <numerusform>In gesprek: %n herinneringen wachten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable: {0}</source>
        <translation>Camera niet beschikbaar: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Keyboard and mouse activity cannot be read here: not watching</source>
        <translation>Toetsenbord- en muisactiviteit is hier niet uit te lezen: DeskGuard kijkt niet mee</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: off — no camera</source>
        <translation>Houding: uit — geen camera</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused until {0}</source>
        <translation>Gepauzeerd tot {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>microphone</source>
        <translation>microfoon</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>screen shared</source>
        <translation>scherm gedeeld</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>full-screen app</source>
        <translation>app op volledig scherm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Do Not Disturb</source>
        <translation>Niet storen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call ({0}): not disturbing you</source>
        <translation>In gesprek ({0}): je wordt niet gestoord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/presentation.py"/>
        <source>%n reminders held</source>
        <extracomment>Singular: %n reminder held</extracomment>
        <translation>
            <numerusform>%n herinnering wacht</numerusform>
            <numerusform>%n herinneringen wachten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call ({0}): {1}</source>
        <translation>In gesprek ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Reminders snoozed until {0}</source>
        <translation>Herinneringen uitgesteld tot {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break: due now</source>
        <translation>Looppauze: nu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break in {0}</source>
        <translation>Looppauze over {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position: due now</source>
        <translation>Van houding wisselen: nu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position in {0}</source>
        <translation>Van houding wisselen over {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Seated today {0}</source>
        <translation>Vandaag gezeten: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>, this stretch {0}</source>
        <translation>, nu aan één stuk: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>probable break (screen locked, asleep or no input)</source>
        <translation>waarschijnlijke pauze (scherm vergrendeld, slaapstand of geen invoer)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>in a call</source>
        <translation>in gesprek</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>fine</source>
        <translation>in orde</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>strain</source>
        <translation>belastend</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>watch</source>
        <translation>let op</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: not measured without a camera.</source>
        <translation>Nekhoek: niet gemeten zonder camera.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: not calibrated yet. Calibrate (tray menu) so DeskGuard knows your neutral; the neck is then measured from it.</source>
        <translation>Nekhoek: nog niet gekalibreerd. Kalibreer (menu in het systeemvak) zodat DeskGuard je neutrale houding kent; daarna wordt de nek vanuit die houding gemeten.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: no measurement this day.</source>
        <translation>Nekhoek: geen meting op deze dag.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck: on average {0:.0f}° more upright than your calibrated neutral (0° = as you sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held.</source>
        <translation>Nek: gemiddeld {0:.0f}° meer rechtop dan je gekalibreerde neutrale houding (0° = zoals je zat bij het kalibreren), {1}. DeskGuard waarschuwt vanaf {2:.0f}°, als je die aanhoudt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck: on average {0:.0f}° past your calibrated neutral (0° = as you sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held.</source>
        <translation>Nek: gemiddeld {0:.0f}° voorbij je gekalibreerde neutrale houding (0° = zoals je zat bij het kalibreren), {1}. DeskGuard waarschuwt vanaf {2:.0f}°, als je die aanhoudt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n changes of position</source>
        <extracomment>Singular: %n change of position</extracomment>
        <translation>
            <numerusform>%n keer van houding gewisseld</numerusform>
            <numerusform>%n keer van houding gewisseld</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>none on your own, none after a reminder</source>
        <translation>geen uit jezelf, geen na een herinnering</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} on your own, {1} after a reminder</source>
        <translation>{0} uit jezelf, {1} na een herinnering</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n exercises</source>
        <extracomment>Singular: %n exercise</extracomment>
        <translation>
            <numerusform>%n oefening</numerusform>
            <numerusform>%n oefeningen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0}, {1} confirmed by the camera</source>
        <translation>{0}, {1} bevestigd door de camera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n walk reminders</source>
        <extracomment>Singular: %n walk reminder</extracomment>
        <translation>
            <numerusform>%n loopherinnering</numerusform>
            <numerusform>%n loopherinneringen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>you got up before one was needed</source>
        <translation>je stond al op voordat het nodig was</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} followed, {1} marked done, {2} ignored</source>
        <translation>{0} opgevolgd, {1} als gedaan gemarkeerd, {2} genegeerd</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} followed, {1} ignored</source>
        <translation>{0} opgevolgd, {1} genegeerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n breaks</source>
        <extracomment>Singular: %n break</extracomment>
        <translation>
            <numerusform>%n pauze</numerusform>
            <numerusform>%n pauzes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>away from the desk</source>
        <translation>weg van het bureau</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>plus {0} probable (screen locked or asleep)</source>
        <translation>plus {0} waarschijnlijk (scherm vergrendeld of in slaapstand)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0} this week; nothing recorded the week before.</source>
        <translation>Deze week {0} gezeten; van de week ervoor is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0}, the same as the week before.</source>
        <translation>Deze week {0} gezeten, evenveel als de week ervoor.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} less than the week before</source>
        <translation>{0} minder dan de week ervoor</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} more than the week before</source>
        <translation>{0} meer dan de week ervoor</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0}: {1}.</source>
        <translation>Deze week {0} gezeten: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Good posture {0:.0f} % of the judged time</source>
        <translation>Goede houding {0:.0f}% van de beoordeelde tijd</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(up {0} points from {1:.0f} %)</source>
        <translation>({0} punten hoger dan {1:.0f}%)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(down {0} points from {1:.0f} %)</source>
        <translation>({0} punten lager dan {1:.0f}%)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(as the week before)</source>
        <translation>(net als de week ervoor)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Walk reminders: {0} followed, {1} ignored. Shift reminders: {2} followed, {3} ignored.</source>
        <translation>Loopherinneringen: {0} opgevolgd, {1} genegeerd. Herinneringen om van houding te wisselen: {2} opgevolgd, {3} genegeerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n days in a row</source>
        <extracomment>Singular: %n day in a row</extracomment>
        <translation>
            <numerusform>%n dag op rij</numerusform>
            <numerusform>%n dagen op rij</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Streak: {0} with no stretch over {1} (best this week: {2}).</source>
        <translation>Reeks: {0} zonder zitperiode langer dan {1} (beste deze week: {2}).</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>keep it where it is</source>
        <translation>laat je scherm zo staan</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>raise it by about {0} cm</source>
        <translation>zet je scherm ongeveer {0} cm hoger</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>lower it by about {0} cm</source>
        <translation>zet je scherm ongeveer {0} cm lager</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>all from keyboard and mouse</source>
        <translation>alles via toetsenbord en muis</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} seen by the camera, {1} from keyboard and mouse</source>
        <translation>{0} gezien door de camera, {1} via toetsenbord en muis</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Bring your chin back and up so your ears sit over your shoulders.</source>
        <translation>Breng je kin naar achteren en omhoog, zodat je oren boven je schouders komen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Do a few slow neck rolls, then sit tall with your gaze level.</source>
        <translation>Maak een paar langzame nekrollen en zit dan rechtop met je blik horizontaal.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Get up, walk to a window and look at something far away.</source>
        <translation>Sta op, loop naar een raam en kijk naar iets in de verte.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lean back: the screen should be about an arm's length away.</source>
        <translation>Leun achterover: het scherm hoort op ongeveer een armlengte te staan.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lengthen your spine: imagine a string pulling the top of your head up.</source>
        <translation>Maak je rug lang: stel je voor dat een touwtje je kruin omhoog trekt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lower the monitor arm or stand.</source>
        <translation>Zet de monitorarm of -standaard lager.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Plant both feet flat on the floor and sit tall for a moment.</source>
        <translation>Zet beide voeten plat op de grond en zit even rechtop.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Push the screen back a little, or make the text larger instead of leaning in.</source>
        <translation>Schuif het scherm iets naar achteren, of maak de tekst groter in plaats van naar voren te leunen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Put a stand or a few books under the screen.</source>
        <translation>Zet een standaard of een paar boeken onder het scherm.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise what you are reading to eye level instead of looking down at it.</source>
        <translation>Breng wat je leest op ooghoogte in plaats van ernaar omlaag te kijken.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise your chair a little (with a footrest if your feet lift off the floor).</source>
        <translation>Zet je stoel iets hoger (met een voetensteun als je voeten van de grond komen).</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back and down, then let your head follow.</source>
        <translation>Rol je schouders naar achteren en omlaag en laat je hoofd volgen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back five times, slowly.</source>
        <translation>Rol je schouders vijf keer langzaam naar achteren.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Shrug your shoulders up to your ears, hold for two seconds, let them drop.</source>
        <translation>Trek je schouders op naar je oren, houd twee seconden vast en laat ze zakken.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back against your chair; zoom the page if the text is small.</source>
        <translation>Leun achterover tegen je stoel; zoom in als de tekst klein is.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back in your chair so it supports your lower back.</source>
        <translation>Ga achter in je stoel zitten, zodat die je onderrug steunt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back so your head rests over your shoulders, not in front of them.</source>
        <translation>Schuif naar achteren, zodat je hoofd boven je schouders rust en niet ervoor.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Slide your chin straight back, hold for three seconds, relax.</source>
        <translation>Schuif je kin recht naar achteren, houd drie seconden vast en ontspan.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand and do a hamstring stretch: heel on a low step, lean forward gently.</source>
        <translation>Sta op en rek je hamstrings: hiel op een lage trede, buig rustig naar voren.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up and walk for two or three minutes: fetch some water.</source>
        <translation>Sta op en loop twee of drie minuten: haal wat water.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up, roll your neck slowly and walk a lap before you sit again.</source>
        <translation>Sta op, rol je nek langzaam en loop een rondje voordat je weer gaat zitten.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stretch your arms overhead and lengthen your spine.</source>
        <translation>Strek je armen boven je hoofd en maak je rug lang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Take a short walk around the room or down the corridor.</source>
        <translation>Maak een kort loopje door de kamer of de gang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Tuck your chin gently and lengthen the back of your neck.</source>
        <translation>Trek je kin rustig in en maak je nek aan de achterkant lang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Turn your head gently left, then right, holding each side for a breath.</source>
        <translation>Draai je hoofd rustig naar links en dan naar rechts; blijf aan elke kant één ademhaling lang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Use a laptop stand with a separate keyboard.</source>
        <translation>Gebruik een laptopstandaard met een los toetsenbord.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} h</source>
        <translation>{0} uur</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} h {1:02d} min</source>
        <translation>{0} u {1:02d} min</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have been sitting for {0}.</source>
        <translation>Je zit nu al {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>After your call: time to stand up and walk</source>
        <translation>Na je gesprek: tijd om op te staan en te lopen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to stand up and walk</source>
        <translation>Tijd om op te staan en te lopen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have sat still for {0}.</source>
        <translation>Je zit al {0} stil.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have been at your desk for {0}.</source>
        <translation>Je zit al {0} aan je bureau.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>After your call: time to shift position</source>
        <translation>Na je gesprek: tijd om van houding te wisselen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to shift position</source>
        <translation>Tijd om van houding te wisselen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Walk in {0}</source>
        <translation>Lopen over {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Finish your sentence: a walk break is coming up.</source>
        <translation>Maak je zin af: er komt zo een looppauze.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your neck is bent forward</source>
        <translation>Je nek is naar voren gebogen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f}° past your neutral.</source>
        <translation>Ongeveer {0:.0f}° voorbij je neutrale houding.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your head has drifted forward</source>
        <translation>Je hoofd is naar voren geschoven</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your ears have dropped towards your shoulders.</source>
        <translation>Je oren zijn richting je schouders gezakt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You are very close to the screen</source>
        <translation>Je zit erg dicht bij het scherm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f} cm away.</source>
        <translation>Ongeveer {0:.0f} cm afstand.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Raise your screen by about {0:.0f} cm</source>
        <translation>Zet je scherm ongeveer {0:.0f} cm hoger</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Lower your screen by about {0:.0f} cm</source>
        <translation>Zet je scherm ongeveer {0:.0f} cm lager</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Its top edge belongs at or just below eye level.</source>
        <translation>De bovenrand hoort op of net onder ooghoogte.</translation>
    </message>
    <message>
        <location filename="../../deskguard/notify/notifier.py"/>
        <source>Preview: {0}</source>
        <translation>Voorbeeld: {0}</translation>
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
        <translation>{0} (+{1} waarschijnlijk)</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0} ({1} confirmed by the camera)</source>
        <translation>{0} ({1} bevestigd door de camera)</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated</source>
        <translation>Zittijd</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch</source>
        <translation>Langste zitperiode</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Stretches of 1 h or more</source>
        <translation>Zitperiodes van 1 uur of langer</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Breaks</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Walk reminders</source>
        <translation>Loopherinneringen</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Changes of position</source>
        <translation>Houdingswisselingen</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Good posture</source>
        <translation>Goede houding</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Poor posture</source>
        <translation>Slechte houding</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Posture alerts</source>
        <translation>Houdingswaarschuwingen</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Neck past neutral</source>
        <translation>Nek voorbij neutraal</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated time per day</source>
        <translation>Zittijd per dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Hours seated each day: good, poor and unjudged posture.</source>
        <translation>Uren gezeten per dag: goede, slechte en niet beoordeelde houding.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>poor</source>
        <translation>slecht</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch seated per day; the dashed line is one hour</source>
        <translation>Langste zitperiode per dag; de stippellijn staat voor één uur</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Against the week before</source>
        <translation>Vergeleken met de week ervoor</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>not judged</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>seated this week</source>
        <translation>deze week gezeten</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>longest stretch seated</source>
        <translation>langste zitperiode</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>stretches of an hour or more</source>
        <translation>zitperiodes van een uur of langer</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>breaks away from the desk</source>
        <translation>pauzes weg van het bureau</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>of judged time in good posture</source>
        <translation>van de beoordeelde tijd in een goede houding</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>neck bent past your calibrated neutral, on average</source>
        <translation>gemiddelde nekbuiging voorbij je gekalibreerde neutrale houding</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Screen height: {0}.</source>
        <translation>Schermhoogte: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>No screen-height advice.</source>
        <translation>Geen advies over de schermhoogte.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Local time ({0}). Made by DeskGuard on this computer; nothing in it left the machine.</source>
        <translation>Lokale tijd ({0}). Gemaakt door DeskGuard op deze computer; niets hiervan heeft de computer verlaten.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>DeskGuard week {0}</source>
        <translation>DeskGuard week {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Your sitting week, {0}</source>
        <translation>Je zitweek, {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated time and posture</source>
        <translation>Zittijd en houding</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>good posture</source>
        <translation>goede houding</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>poor posture</source>
        <translation>slechte houding</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch seated each day</source>
        <translation>Langste zitperiode per dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Day by day</source>
        <translation>Dag voor dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Some of your settings could not be read. Please check them in Settings.</source>
        <translation>Sommige van je instellingen konden niet worden gelezen. Controleer ze in Instellingen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>No system tray was found, so DeskGuard runs in this small window. Closing it keeps DeskGuard running; use Quit in the menu to stop.</source>
        <translation>Er is geen systeemvak gevonden, dus DeskGuard draait in dit kleine venster. Als je het sluit, blijft DeskGuard draaien; kies Afsluiten in het menu om te stoppen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&amp;Menu</source>
        <translation>&amp;Menu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs its models</source>
        <translation>DeskGuard heeft zijn modellen nodig</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot start monitoring</source>
        <translation>DeskGuard kan niet beginnen met kijken</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs MediaPipe's face and pose models (Apache-2.0, Google). Download them now from Google's public model bucket?&lt;ul&gt;{0}&lt;/ul&gt;Each file is checked against its published SHA-256. This is the only network access DeskGuard makes. Without them it cannot watch your posture. Later, or to install them from a folder instead, choose &lt;i&gt;Get the models…&lt;/i&gt; in the tray menu.</source>
        <translation>DeskGuard heeft de gezichts- en houdingsmodellen van MediaPipe nodig (Apache-2.0, Google). Nu downloaden uit de openbare modelopslag van Google?&lt;ul&gt;{0}&lt;/ul&gt;Elk bestand wordt gecontroleerd aan de hand van de gepubliceerde SHA-256. Dit is de enige netwerktoegang van DeskGuard. Zonder de modellen kan het je houding niet volgen. Kies later, of om ze uit een map te installeren, &lt;i&gt;Modellen ophalen…&lt;/i&gt; in het menu in het systeemvak.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading the models…</source>
        <translation>De modellen downloaden…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading {0}…</source>
        <translation>{0} downloaden…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>The download was cancelled and nothing was kept. &lt;i&gt;Get the models…&lt;/i&gt; in the tray menu downloads them again or installs them from a folder; DeskGuard also asks the next time it starts.</source>
        <translation>De download is geannuleerd en er is niets bewaard. &lt;i&gt;Modellen ophalen…&lt;/i&gt; in het menu in het systeemvak downloadt ze opnieuw of installeert ze uit een map; DeskGuard vraagt het ook bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Download cancelled</source>
        <translation>Download geannuleerd</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Your settings</source>
        <translation>Je instellingen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>About DeskGuard</source>
        <translation>Over DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;A sitting-posture monitor that stays on this computer: no picture is ever stored or sent. The only network use is the announced, verified download of MediaPipe's models (Apache-2.0, Google).</source>
        <translation>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;Een monitor voor je zithouding die op deze computer blijft: er wordt nooit een beeld opgeslagen of verstuurd. Het enige netwerkgebruik is de aangekondigde, gecontroleerde download van de modellen van MediaPipe (Apache-2.0, Google).</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot open its history</source>
        <translation>DeskGuard kan de geschiedenis niet openen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>%n times each side</source>
        <extracomment>Singular: %n time each side</extracomment>
        <translation>
            <numerusform>%n keer aan elke kant</numerusform>
            <numerusform>%n keer aan elke kant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>%n times</source>
        <extracomment>Singular: %n time</extracomment>
        <translation>
            <numerusform>%n keer</numerusform>
            <numerusform>%n keer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} seconds</source>
        <translation>{0} seconden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} each side</source>
        <translation>{0} aan elke kant</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>A short break</source>
        <translation>Een korte pauze</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>How to do it</source>
        <translation>Zo doe je het</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Keep it: an exercise counts as a change of position</source>
        <translation>Bewaren: een oefening telt als wisseling van houding</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>S&amp;kip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Close without doing the exercise</source>
        <translation>Sluiten zonder de oefening te doen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Another</source>
        <translation>&amp;Andere</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Show another exercise</source>
        <translation>Een andere oefening tonen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>The camera counts along. Press Done when you have finished.</source>
        <translation>De camera telt mee. Druk op Klaar als je klaar bent.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Press Done when you have finished.</source>
        <translation>Druk op Klaar als je klaar bent.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done. Press Done to keep it.</source>
        <translation>Goed gedaan. Druk op Klaar om het te bewaren.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} s to go</source>
        <translation>Nog {0} s</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done: counted by the camera.</source>
        <translation>Goed gedaan: geteld door de camera.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done.</source>
        <translation>Goed gedaan.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>alert {0:.0f}°</source>
        <translation>waarschuwing {0:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibrate DeskGuard</source>
        <translation>DeskGuard kalibreren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Starting the camera…</source>
        <translation>Camera starten…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera preview (not saved)</source>
        <translation>Cameravoorbeeld (niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Sit upright, shoulders relaxed, and look straight ahead at the middle of your screen. Press Start and hold still for five seconds.</source>
        <translation>Zit rechtop met ontspannen schouders en kijk recht vooruit naar het midden van je scherm. Druk op Beginnen en zit vijf seconden stil.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration result</source>
        <translation>Resultaat van de kalibratie</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Download the models</source>
        <translation>Modellen &amp;downloaden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Fetch the face and pose models from their official source and check them</source>
        <translation>De gezichts- en houdingsmodellen uit de officiële bron ophalen en controleren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Desk set-up</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>A name for this desk set-up, e.g. laptop or docked</source>
        <translation>Een naam voor deze werkplek, bijv. laptop of met dockingstation</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Des&amp;k set-up:</source>
        <translation>&amp;Werkplek:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still for five seconds while DeskGuard learns your upright posture</source>
        <translation>Vijf seconden stilzitten terwijl DeskGuard leert hoe je rechtop zit</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Use this calibration</source>
        <translation>Deze kalibratie &amp;gebruiken</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Check your posture against this calibration from now on</source>
        <translation>Je houding vanaf nu met deze kalibratie vergelijken</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Loading the models…</source>
        <translation>Modellen laden…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>it has sent no picture for {0:.0f} seconds</source>
        <translation>de camera geeft al {0:.0f} seconden geen beeld</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>DeskGuard needs its face and pose models to see you, and they are not installed.</source>
        <translation>DeskGuard heeft zijn gezichts- en houdingsmodellen nodig om je te zien, en die zijn niet geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Download them with the button below, or install them from a folder with “Get the models…” in the tray menu. Calibration starts as soon as they are found.</source>
        <translation>Download ze met de knop hieronder, of installeer ze uit een map met “Modellen ophalen…” in het menu in het systeemvak. Het kalibreren begint zodra ze gevonden zijn.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>No picture from the camera.</source>
        <translation>Geen beeld van de camera.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Plug it in or switch it on, or end any call that uses it; another camera is chosen in Settings, on the Camera tab. DeskGuard keeps trying.</source>
        <translation>Sluit de camera aan of zet hem aan, of beëindig een gesprek dat hem gebruikt; een andere camera kies je in Instellingen, op het tabblad Camera. DeskGuard blijft het proberen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration stopped: press Start again once you are seen.</source>
        <translation>Kalibreren gestopt: druk opnieuw op Beginnen zodra je in beeld bent.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Downloading {0}: {1} %</source>
        <translation>{0} downloaden: {1}%</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still… {0}</source>
        <translation>Zit stil… {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Bend your head forward: the scale under the picture shows where alerts start.</source>
        <translation>Buig je hoofd naar voren: de schaal onder het beeld laat zien waar de waarschuwingen beginnen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera tilt: {0:.0f}° {1}.</source>
        <translation>Kanteling van de camera: {0:.0f}° {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>down</source>
        <translation>omlaag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>up</source>
        <translation>omhoog</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Your neutral head position is found; with “Use this calibration” neck bending is measured from it.</source>
        <translation>Je neutrale hoofdhouding is gevonden; met ‘Deze kalibratie gebruiken’ wordt de nekbuiging vanuit die houding gemeten.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Viewing distance: {0:.0f} cm.</source>
        <translation>Kijkafstand: {0:.0f} cm.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>The top of your screen is at a good height.</source>
        <translation>De bovenkant van je scherm staat op een goede hoogte.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Lower</source>
        <translation>lager</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Raise</source>
        <translation>hoger</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>{0} your screen by about {1:.0f} cm.</source>
        <translation>Zet je scherm ongeveer {1:.0f} cm {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Saved. DeskGuard now checks your posture against it.</source>
        <translation>Opgeslagen. DeskGuard vergelijkt je houding nu met deze kalibratie.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Camera {0}</source>
        <translation>Camera {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Recording: {0}</source>
        <translation>Opname: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>The camera DeskGuard looks through, or a recording to watch</source>
        <translation>De camera waardoor DeskGuard kijkt, of een opname om te bekijken</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>A &amp;recording…</source>
        <translation>Een &amp;opname…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Watch a video file or a folder of pictures instead</source>
        <translation>In plaats daarvan een videobestand of een map met foto's bekijken</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Watch a recording</source>
        <translation>Een opname bekijken</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Video's (*.mp4 *.avi *.mkv *.mov *.webm);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard — your day</source>
        <translation>DeskGuard — je dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard dashboard</source>
        <translation>DeskGuard-dashboard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ &amp;Previous day</source>
        <translation>◀ &amp;Vorige dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Next day ▶</source>
        <translation>Vol&amp;gende dag ▶</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Day shown</source>
        <translation>Getoonde dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The day the cards and the charts show</source>
        <translation>De dag die de kaarten en grafieken tonen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Today</source>
        <translation>Vand&amp;aag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Time seated</source>
        <translation>Zittijd</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Posture</source>
        <translation>Houding</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ Previous &amp;week</source>
        <translation>◀ Vo&amp;rige week</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>Volgende wee&amp;k ▶</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week shown</source>
        <translation>Getoonde week</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Export this week…</source>
        <translation>Deze week &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week in words</source>
        <translation>De week in woorden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Timeline of the day</source>
        <translation>Tijdlijn van de dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle over the day</source>
        <translation>Nekhoek door de dag heen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week</source>
        <translation>De week</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>seated this day</source>
        <translation>gezeten op deze dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0} of them an hour or more</source>
        <translation>{0} daarvan een uur of langer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>none of an hour or more</source>
        <translation>geen enkele van een uur of langer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch seated without getting up; {0}</source>
        <translation>langste periode zonder op te staan; {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>of the judged time in good posture ({0} good, {1} poor)</source>
        <translation>van de beoordeelde tijd in een goede houding ({0} goed, {1} slecht)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>posture not judged this day</source>
        <translation>houding niet beoordeeld op deze dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height: {0} (your eyes sit {1:.0f} cm above its top edge).</source>
        <translation>Schermhoogte: {0} (je ogen zijn {1:.0f} cm boven de bovenrand).</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height is right: its top edge is at or just below eye level.</source>
        <translation>De schermhoogte is goed: de bovenrand is op of net onder ooghoogte.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>about an arm's length, good</source>
        <translation>ongeveer een armlengte, goed</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>closer than an arm's length</source>
        <translation>dichterbij dan een armlengte</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>further than usual</source>
        <translation>verder weg dan normaal</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Viewing distance {0:.0f} cm: {1}.</source>
        <translation>Kijkafstand {0:.0f} cm: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Seated minutes per quarter hour</source>
        <translation>Minuten gezeten per kwartier</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>keyboard and mouse (no camera)</source>
        <translation>toetsenbord en muis (zonder camera)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: not measured without a camera</source>
        <translation>Nekhoek: niet gemeten zonder camera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: not calibrated, so not measured (calibrate from the tray)</source>
        <translation>Nekhoek: niet gekalibreerd, dus niet gemeten (kalibreer via het systeemvak)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle past your calibrated neutral: no measurement this day</source>
        <translation>Nekhoek voorbij je gekalibreerde neutrale houding: geen meting op deze dag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck: degrees bent past your calibrated neutral (0° = as calibrated)</source>
        <translation>Nek: graden buiging voorbij je gekalibreerde neutrale houding (0° = zoals gekalibreerd)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: under {1:.0f}°</source>
        <translation>{0}: onder {1:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: {1:.0f}–{2:.0f}°</source>
        <translation>{0}: {1:.0f}–{2:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: {1:.0f}° and more, held: alert</source>
        <translation>{0}: {1:.0f}° en meer, aangehouden: waarschuwing</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>your neck (10-minute mean)</source>
        <translation>je nek (gemiddelde per 10 minuten)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> (this week)</source>
        <translation> (deze week)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&lt;b&gt;Week {0}&lt;/b&gt;, {1}{2}</source>
        <translation>&lt;b&gt;Week {0}&lt;/b&gt;, {1}{2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> (plus {0} probable)</source>
        <translation> (plus {0} waarschijnlijk)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Breaks away from the desk: {0}{1}.</source>
        <translation>Pauzes weg van het bureau: {0}{1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Exercises: {0}.</source>
        <translation>Oefeningen: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Longest stretch seated each day: {0}.</source>
        <translation>Langste zitperiode per dag: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch</source>
        <translation>langste zitperiode</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: a streak day stays under</source>
        <translation>{0}: grens voor een reeksdag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week {0}: hours seated, and the longest stretch</source>
        <translation>Week {0}: uren gezeten en de langste zitperiode</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Snooze 10 min</source>
        <translation>10 min uitstellen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Show me</source>
        <translation>Laat zien</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Report for reading (HTML, opens in a browser or on a phone)</source>
        <translation>Rapport om te lezen (HTML, opent in een browser of op een telefoon)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Spreadsheet (CSV, one row per day)</source>
        <translation>Spreadsheet (CSV, één rij per dag)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Data (JSON, for other programs)</source>
        <translation>Gegevens (JSON, voor andere programma's)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export a week — DeskGuard</source>
        <translation>Een week exporteren — DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export a week</source>
        <translation>Een week exporteren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The week whose figures are saved</source>
        <translation>De week waarvan de cijfers worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Week {0}, {1} – {2}</source>
        <translation>Week {0}, {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The kind of file to save</source>
        <translation>Het soort bestand dat wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Where the file is saved</source>
        <translation>Waar het bestand wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>F&amp;older:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>File name:</source>
        <translation>Bestandsnaam:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export to which folder?</source>
        <translation>Naar welke map exporteren?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The folder {0} does not exist; choose another.</source>
        <translation>De map {0} bestaat niet; kies een andere.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The week could not be saved: {0}</source>
        <translation>De week kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>replaced the earlier export of that week</source>
        <translation>vervangt de eerdere export van die week</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&lt;b&gt;Week {0} saved.&lt;/b&gt;&lt;br&gt;The file is in &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;named {2}{3}.</source>
        <translation>&lt;b&gt;Week {0} opgeslagen.&lt;/b&gt;&lt;br&gt;Het bestand staat in &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;met de naam {2}{3}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Get the models</source>
        <translation>Modellen ophalen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>DeskGuard sees you through MediaPipe's face and pose models (Apache-2.0, Google), {0:.0f} MB in all. Download them from Google's public model bucket, or install them from a folder that holds {1}, a USB stick for instance. Either way every file is checked against its published SHA-256. The download is the only network access DeskGuard ever makes.</source>
        <translation>DeskGuard ziet je via de gezichts- en houdingsmodellen van MediaPipe (Apache-2.0, Google), samen {0:.0f} MB. Download ze uit de openbare modelopslag van Google, of installeer ze uit een map met {1}, bijvoorbeeld op een USB-stick. Hoe dan ook wordt elk bestand gecontroleerd aan de hand van de gepubliceerde SHA-256. De download is de enige netwerktoegang die DeskGuard ooit gebruikt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>What went wrong</source>
        <translation>Wat er misging</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>&amp;Download</source>
        <translation>&amp;Downloaden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Fetch the face and pose models from Google's model bucket and check them</source>
        <translation>De gezichts- en houdingsmodellen uit de modelopslag van Google ophalen en controleren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Install from a &amp;folder…</source>
        <translation>Installeren uit een &amp;map…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>They are not installed yet.</source>
        <translation>Ze zijn nog niet geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Not loaded: {0}</source>
        <translation>Niet geladen: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Nothing was installed: {0}</source>
        <translation>Er is niets geïnstalleerd: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>The folder with the model files</source>
        <translation>De map met de modelbestanden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>they could not be copied: {0}</source>
        <translation>ze konden niet worden gekopieerd: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Check my posture every</source>
        <translation>Controleer mijn houding elke</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees</source>
        <translation>Beeldhoek van de camera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera height above the screen's top edge</source>
        <translation>Hoogte van de camera boven de bovenrand van het scherm</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to shift position after</source>
        <translation>Herinnering om van houding te wisselen na</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to get up and walk after</source>
        <translation>Herinnering om op te staan en te lopen na</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Repeat an ignored walk reminder every</source>
        <translation>Herhaal een genegeerde loopherinnering elke</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break is being away for at least</source>
        <translation>Een pauze telt bij afwezigheid van minstens</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Posture alert sensitivity</source>
        <translation>Gevoeligheid van houdingswaarschuwingen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Alert when a posture is held for</source>
        <translation>Waarschuw als een houding aanhoudt gedurende</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Never repeat the same alert within</source>
        <translation>Herhaal dezelfde waarschuwing nooit binnen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too close is nearer to the screen than</source>
        <translation>Te dichtbij is dichter bij het scherm dan</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Only during work hours</source>
        <translation>Alleen tijdens werktijd</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work starts at</source>
        <translation>Werk begint om</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work ends at</source>
        <translation>Werk eindigt om</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours from</source>
        <translation>Stille uren vanaf</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours until</source>
        <translation>Stille uren tot</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show notifications</source>
        <translation>Meldingen tonen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Play a soft sound with them</source>
        <translation>Met een zacht geluid</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A heads-up two minutes before a walk reminder</source>
        <translation>Aankondiging twee minuten vóór een loopherinnering</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Offer a short exercise with reminders</source>
        <translation>Een korte oefening aanbieden bij herinneringen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Let the camera count the repetitions</source>
        <translation>De camera de herhalingen laten tellen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Exercises offered</source>
        <translation>Aangeboden oefeningen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Start DeskGuard when I log in</source>
        <translation>DeskGuard starten als ik me aanmeld</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keep detailed history for</source>
        <translation>Gedetailleerde geschiedenis bewaren gedurende</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Notice that I am sitting by</source>
        <translation>Merken dat ik zit via</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break by keyboard and mouse is no input for</source>
        <translation>Een pauze volgens toetsenbord en muis is geen invoer gedurende</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera and keyboard/mouse</source>
        <translation>Camera en toetsenbord/muis</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera only</source>
        <translation>Alleen camera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keyboard and mouse only</source>
        <translation>Alleen toetsenbord en muis</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>days</source>
        <translation>dagen</translation>
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
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Sitting still stiffens the back and neck: a small shift of position every few minutes helps, and a short walk every hour helps more. Being away from the desk for the break time ends a stretch of sitting.</source>
        <translation>Stilzitten maakt je rug en nek stijf: elke paar minuten een kleine wisseling van houding helpt, en elk uur een kort loopje helpt nog meer. Ben je de pauzetijd lang weg van je bureau, dan eindigt de zitperiode.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Where the desktop allows it, a reminder can be answered on the notification: Done, Snooze 10 min or Skip. Show me sends one now, as you would get it, marked as a preview and not kept in your history.</source>
        <translation>Waar het bureaublad dat toestaat, kun je een herinnering in de melding zelf beantwoorden: Klaar, 10 min uitstellen of Overslaan. Laat zien stuurt er nu een, zoals je hem zou krijgen, gemarkeerd als voorbeeld en niet bewaard in je geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>An alert comes only when a posture is held for most of the time set here, never for a glance down. Higher sensitivity alerts at a smaller bend of the neck.</source>
        <translation>Een waarschuwing komt alleen als een houding het grootste deel van de hier ingestelde tijd wordt aangehouden, nooit voor een blik omlaag. Bij een hogere gevoeligheid komt de waarschuwing al bij een kleinere nekbuiging.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Off: DeskGuard watches whenever the computer is in use. On: only on the days and between the times set here.</source>
        <translation>Uit: DeskGuard kijkt altijd als de computer in gebruik is. Aan: alleen op de dagen en tussen de tijden die hier zijn ingesteld.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours, a lunch break for instance; reminders that fall due then wait until they end. Off by default.</source>
        <translation>Geen meldingen tijdens de stille uren, bijvoorbeeld een lunchpauze; herinneringen die dan vallen, wachten tot ze voorbij zijn. Standaard uit.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees is measured from corner to corner: about 70° for most laptop cameras, 90° or more for a wide-angle webcam. A camera on top of the screen is about 1 cm above its edge; below the screen, give a negative height. No picture is ever stored.</source>
        <translation>De beeldhoek van de camera wordt diagonaal gemeten: ongeveer 70° voor de meeste laptopcamera's, 90° of meer voor een groothoekwebcam. Een camera boven op het scherm zit ongeveer 1 cm boven de rand; onder het scherm geef je een negatieve hoogte op. Er wordt nooit een beeld opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Without the camera</source>
        <translation>Zonder camera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keyboard and mouse show that you are sitting when the camera cannot: in a call, unplugged, in the dark. With keyboard and mouse only, you get seated time and reminders but no posture checks, and the camera is never used. Reading and watching are not breaks, so only a longer silence is.</source>
        <translation>Toetsenbord en muis laten zien dat je zit wanneer de camera dat niet kan: tijdens een gesprek, zonder aangesloten camera, in het donker. Met alleen toetsenbord en muis krijg je zittijd en herinneringen, maar geen houdingscontrole, en wordt de camera nooit gebruikt. Lezen en kijken zijn geen pauzes, dus alleen een langere stilte telt als pauze.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>“Show me” on a reminder, or A short exercise in the tray menu, opens one with its steps. Where it can see them, the camera counts neck turns, side bends, shrugs and chin tucks for as long as the exercise lasts; nothing is counted against you, and Done always counts.</source>
        <translation>“Laat zien” bij een herinnering, of Een korte oefening in het menu in het systeemvak, opent een oefening met de stappen. Waar hij ze kan zien, telt de camera nekrotaties, zijwaartse buigingen, schouders ophalen en kin intrekken zolang de oefening duurt; niets telt tegen je, en Klaar telt altijd.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A new language takes effect at the next start. Older history is kept as daily totals. Your history, calibrations and settings stay on this computer.</source>
        <translation>Een nieuwe taal werkt vanaf de volgende start. Oudere geschiedenis wordt bewaard als dagtotalen. Je geschiedenis, kalibraties en instellingen blijven op deze computer.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Offer this exercise with reminders</source>
        <translation>Deze oefening aanbieden bij herinneringen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>from {0} to {1}</source>
        <translation>van {0} tot {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Shift</source>
        <translation>&amp;Verzitten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Walk</source>
        <translation>&amp;Lopen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Heads-up</source>
        <translation>&amp;Aankondiging</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Neck</source>
        <translation>&amp;Nek</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Head &amp;forward</source>
        <translation>&amp;Hoofd naar voren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too &amp;close</source>
        <translation>Te &amp;dichtbij</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Screen hei&amp;ght</source>
        <translation>&amp;Schermhoogte</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera status</source>
        <translation>Camerastatus</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>DeskGuard settings</source>
        <translation>DeskGuard-instellingen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Hold notifications in quiet hours</source>
        <translation>Meldingen vasthouden tijdens stille uren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours</source>
        <translation>Stille uren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours</source>
        <translation>Geen meldingen tijdens de stille uren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Watch</source>
        <translation>&amp;Bron</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Send a preview of each kind of notification</source>
        <translation>Een voorbeeld van elk soort melding sturen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Delete all my data…</source>
        <translation>Al mijn gegevens &amp;wissen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Your history, calibrations and settings, from this computer; it asks first</source>
        <translation>Wist je geschiedenis, kalibraties en instellingen van deze computer; vraagt eerst om bevestiging</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show me: {0}</source>
        <translation>Laat zien: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Send a preview of this notification now</source>
        <translation>Nu een voorbeeld van deze melding sturen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No picture: {0} No camera is connected to this computer.</source>
        <translation>Geen beeld: {0} Er is geen camera op deze computer aangesloten.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No picture: {0}</source>
        <translation>Geen beeld: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>In use. No other camera is connected.</source>
        <translation>In gebruik. Er is geen andere camera aangesloten.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>In use. Cameras connected: {0}.</source>
        <translation>In gebruik. Aangesloten camera's: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>As the system ({0})</source>
        <translation>Zoals het systeem ({0})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Watch on this day, in the work hours</source>
        <translation>Op deze dag meekijken tijdens werktijd</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: off</source>
        <translation>Werktijden: uit</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: on</source>
        <translation>Werktijden: aan</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: off</source>
        <translation>Stille uren: uit</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: {0} to {1}</source>
        <translation>Stille uren: {0} tot {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>{0}: {1} is out of range; choose {2}.</source>
        <translation>{0}: {1} valt buiten het bereik; kies {2}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days: tick at least one day.</source>
        <translation>Werkdagen: vink minstens één dag aan.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: the start and the end are the same time.</source>
        <translation>Werktijden: het begin en het einde zijn dezelfde tijd.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Exercises: tick at least one, or switch them off.</source>
        <translation>Oefeningen: vink er minstens één aan, of zet ze uit.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: the start and the end are the same time; untick Quiet hours for none.</source>
        <translation>Stille uren: het begin en het einde zijn dezelfde tijd; vink Meldingen vasthouden uit als je geen stille uren wilt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Not applied: </source>
        <translation>Niet toegepast: </translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Applied.</source>
        <translation>Toegepast.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Delete all your data?</source>
        <translation>Al je gegevens wissen?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>This deletes your sitting history, your calibrations and your settings from this computer. It cannot be undone.</source>
        <translation>Hiermee wis je je zitgeschiedenis, je kalibraties en je instellingen van deze computer. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>DeskGuard menu</source>
        <translation>DeskGuard-menu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Get the models…</source>
        <translation>&amp;Modellen ophalen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;30 minutes</source>
        <translation>&amp;30 minuten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;1 hour</source>
        <translation>&amp;1 uur</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Until &amp;tomorrow</source>
        <translation>Tot &amp;morgen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;how long…</source>
        <translation>&amp;Hoe lang…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Snooze reminders for 15 minutes</source>
        <translation>Herinneringen 15 minuten &amp;uitstellen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze</source>
        <translation>Uitstel &amp;beëindigen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>A short e&amp;xercise…</source>
        <translation>Een korte &amp;oefening…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Calibrate…</source>
        <translation>&amp;Kalibreren…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Desk set-&amp;up</source>
        <translation>&amp;Werkplek</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;About DeskGuard</source>
        <translation>Over Desk&amp;Guard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause DeskGuard</source>
        <translation>DeskGuard pauzeren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause for how many minutes?</source>
        <translation>Hoeveel minuten pauzeren?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze (until {0})</source>
        <translation>Uitstel &amp;beëindigen (tot {0})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>GNOME shows no tray icons by itself. Install the AppIndicator extension (&lt;tt&gt;{0}&lt;/tt&gt;), log out and in again, and turn on “AppIndicator and KStatusNotifierItem Support” in the Extensions app; DeskGuard's icon then appears at the top right.</source>
        <translation>GNOME toont zelf geen pictogrammen in het systeemvak. Installeer de AppIndicator-extensie (&lt;tt&gt;{0}&lt;/tt&gt;), meld je af en weer aan en zet “AppIndicator and KStatusNotifierItem Support” aan in de app Extensies; het pictogram van DeskGuard verschijnt dan rechtsboven.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Your desktop shows no system tray. Add a tray (“notification area” or “status notifier”) to your panel, then start DeskGuard again.</source>
        <translation>Je bureaublad toont geen systeemvak. Voeg een systeemvak (“meldingsgebied” of “status notifier”) toe aan je paneel en start DeskGuard opnieuw.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Welcome to DeskGuard</source>
        <translation>Welkom bij DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Every few seconds DeskGuard looks through your camera to see how your neck is bent, how close you sit and whether your screen is at eye level. It reminds you to change position every {0} and to get up and walk every {1}, and says so when a strained posture lasts.</source>
        <translation>Om de paar seconden kijkt DeskGuard via je camera hoe ver je nek gebogen is, hoe dicht je bij het scherm zit en of je scherm op ooghoogte staat. Het herinnert je eraan om elke {0} van houding te wisselen en elke {1} op te staan en te lopen, en laat het je weten als een belastende houding aanhoudt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No picture is ever stored or sent.</source>
        <translation>Er wordt nooit een beeld opgeslagen of verstuurd.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Each picture is measured in memory and forgotten. Your history stays on this computer. The only network use is the one-time download of the face and pose models, and DeskGuard asks before it.</source>
        <translation>Elk beeld wordt in het geheugen gemeten en meteen vergeten. Je geschiedenis blijft op deze computer. Het enige netwerkgebruik is de eenmalige download van de gezichts- en houdingsmodellen, en DeskGuard vraagt het eerst.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Show the &amp;preview again</source>
        <translation>&amp;Voorbeeld opnieuw tonen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>You should see yourself here, head and shoulders. The picture is only shown, never saved.</source>
        <translation>Je zou jezelf hier moeten zien, hoofd en schouders. Het beeld wordt alleen getoond, nooit opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Use &amp;keyboard and mouse only</source>
        <translation>Alleen &amp;toetsenbord en muis gebruiken</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Count sitting time from your keyboard and mouse; posture needs a camera</source>
        <translation>Zittijd tellen via toetsenbord en muis; voor de houding is een camera nodig</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No camera was found on this computer.</source>
        <translation>Er is geen camera gevonden op deze computer.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Calibrate</source>
        <translation>Kalibreren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Sit upright and comfortable, and let DeskGuard learn that posture in five seconds: neck bending is then measured from it. You can do it later from the tray menu.</source>
        <translation>Zit rechtop en ontspannen, en laat DeskGuard die houding in vijf seconden leren: de nekbuiging wordt daarna vanuit die houding gemeten. Je kunt het ook later doen via het menu in het systeemvak.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>&amp;Calibrate now…</source>
        <translation>Nu &amp;kalibreren…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Where DeskGuard lives</source>
        <translation>Waar je DeskGuard vindt</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard's tray icon</source>
        <translation>Pictogram van DeskGuard in het systeemvak</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard runs in the top bar, with this icon. Click it for the menu: pause, calibrate, settings, quit; double-click it for today's dashboard. Its shape and colour show how things are.</source>
        <translation>DeskGuard draait in de bovenbalk, met dit pictogram. Klik erop voor het menu: pauzeren, kalibreren, instellingen, afsluiten; dubbelklik voor het dashboard van vandaag. De vorm en kleur laten zien hoe het gaat.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard runs in the system tray, with this icon, at the top or bottom edge of your screen. Click it for today's dashboard; right-click it for the menu: pause, calibrate, settings, quit. Its shape and colour show how things are.</source>
        <translation>DeskGuard draait in het systeemvak, met dit pictogram, aan de boven- of onderrand van je scherm. Klik erop voor het dashboard van vandaag; klik met rechts voor het menu: pauzeren, kalibreren, instellingen, afsluiten. De vorm en kleur laten zien hoe het gaat.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No system tray was found, so DeskGuard runs in a small window instead.</source>
        <translation>Er is geen systeemvak gevonden, dus DeskGuard draait in plaats daarvan in een klein venster.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>&amp;Start watching</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard counts how long you sit from your keyboard and mouse. It reminds you to change position every {0} and to get up and walk every {1}. Posture needs a camera: choose one in Settings when you have one.</source>
        <translation>DeskGuard telt via je toetsenbord en muis hoe lang je zit. Het herinnert je er elke {0} aan van houding te veranderen en elke {1} om op te staan en te lopen. Voor de houding is een camera nodig: kies er een in Instellingen zodra je er een hebt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Preview stopped.</source>
        <translation>Voorbeeld gestopt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard needs its face and pose models before it can see you.</source>
        <translation>DeskGuard heeft zijn gezichts- en houdingsmodellen nodig voordat het je kan zien.</translation>
    </message>
</context>
</TS>
