<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DeskGuard</name>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Nothing seated was recorded this day.</source>
        <translation>An diesem Tag wurde keine Sitzzeit aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Seated {0} between {1} and {2}; longest stretch {3} from {4}.</source>
        <translation>Zwischen {1} und {2} {0} gesessen; längste Sitzphase {3} ab {4}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Posture good for {0}, poor for {1}.</source>
        <translation>Haltung {0} gut, {1} ungünstig.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Neck angle not measured: DeskGuard is not calibrated yet.</source>
        <translation>Nackenwinkel nicht gemessen: DeskGuard ist noch nicht kalibriert.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>No neck angle was measured this day.</source>
        <translation>An diesem Tag wurde kein Nackenwinkel gemessen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Neck bent {0:.0f}° past your neutral on average, at most {1:.0f}° at {2}; {3} at {4:.0f}° or more, where alerts start.</source>
        <translation>Nacken im Schnitt {0:.0f}° über deine Neutralhaltung hinaus gebeugt, höchstens {1:.0f}° um {2}; {3} bei {4:.0f}° oder mehr, wo die Warnungen beginnen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Nothing seated was recorded this week.</source>
        <translation>Diese Woche wurde keine Sitzzeit aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>{0}: {1} (longest stretch {2})</source>
        <translation>{0}: {1} (längste Sitzphase {2})</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Seated {0} this week. {1}. Most on {2}.</source>
        <translation>Diese Woche {0} gesessen. {1}. Meiste Sitzzeit: {2}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>Ready when you are: go at your own pace</source>
        <translation>Wenn du so weit bist: in deinem Tempo</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>{0} of {1} — good</source>
        <translation>{0} von {1} – gut</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>{0} of {1} — well done</source>
        <translation>{0} von {1} – gut gemacht</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Neck turns</source>
        <translation>Kopfdrehen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall and let your shoulders relax.</source>
        <translation>Setz dich aufrecht hin und lass die Schultern locker.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Turn your head slowly to look over your left shoulder; hold for a breath.</source>
        <translation>Dreh den Kopf langsam und schau über deine linke Schulter; halte einen Atemzug lang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back to the centre, then turn to the right.</source>
        <translation>Komm zurück zur Mitte, dann dreh nach rechts.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Go only as far as is comfortable.</source>
        <translation>Geh nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Neck side bends</source>
        <translation>Seitneigung des Kopfes</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall, shoulders down, looking straight ahead.</source>
        <translation>Setz dich aufrecht hin, Schultern tief, Blick geradeaus.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Tilt your ear gently towards your left shoulder; hold for a breath.</source>
        <translation>Neig das Ohr sanft zur linken Schulter; halte einen Atemzug lang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back up to the centre, then tilt to the right.</source>
        <translation>Komm zurück zur Mitte, dann neig zur rechten Seite.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Slow neck rolls</source>
        <translation>Langsames Kopfkreisen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Drop your chin gently towards your chest.</source>
        <translation>Senk das Kinn sanft Richtung Brust.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Roll your head slowly towards one shoulder, then back through the centre to the other.</source>
        <translation>Roll den Kopf langsam zu einer Schulter, dann durch die Mitte zur anderen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Keep it slow and small; skip any part that pinches.</source>
        <translation>Langsam und mit kleinen Bewegungen; lass alles weg, was zwickt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Chin tucks</source>
        <translation>Kinn zurückziehen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall, looking straight ahead.</source>
        <translation>Setz dich aufrecht hin, Blick geradeaus.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Slide your chin straight back, as if making a double chin; keep your eyes level.</source>
        <translation>Schieb das Kinn gerade nach hinten, wie für ein Doppelkinn; die Augen bleiben auf gleicher Höhe.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Hold for two or three seconds, then relax forward again.</source>
        <translation>Zwei, drei Sekunden halten, dann wieder nach vorn entspannen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Shoulder shrugs</source>
        <translation>Schulterheben</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let your arms hang loose.</source>
        <translation>Lass die Arme locker hängen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Lift both shoulders up towards your ears and hold for two seconds.</source>
        <translation>Zieh beide Schultern zu den Ohren hoch und halte zwei Sekunden.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let them drop and relax completely.</source>
        <translation>Lass sie fallen und entspann dich ganz.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Shoulder rolls</source>
        <translation>Schulterkreisen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit or stand tall with your arms relaxed.</source>
        <translation>Aufrecht sitzen oder stehen, die Arme locker.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Circle your shoulders up, back and down, slowly.</source>
        <translation>Kreise die Schultern langsam nach oben, hinten und unten.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Finish with your shoulders low and a little back.</source>
        <translation>Zum Schluss die Schultern tief und etwas zurück.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Hamstring stretch</source>
        <translation>Dehnung der hinteren Oberschenkel</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit near the front of your chair with one leg straight, heel on the floor.</source>
        <translation>Setz dich vorn auf die Stuhlkante, ein Bein gestreckt, die Ferse am Boden.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Keep your back long and lean forward from the hips until you feel a gentle stretch.</source>
        <translation>Halte den Rücken lang und neig dich aus der Hüfte nach vorn, bis du eine sanfte Dehnung spürst.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Breathe calmly, then change legs.</source>
        <translation>Ruhig atmen, dann das Bein wechseln.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Standing back extension</source>
        <translation>Rückstreckung im Stehen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Stand with your feet apart and your hands on your lower back.</source>
        <translation>Stell dich hüftbreit hin, die Hände am unteren Rücken.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Lean back gently, looking slightly up; only as far as is comfortable.</source>
        <translation>Lehn dich sanft nach hinten, Blick leicht nach oben; nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back to standing tall.</source>
        <translation>Komm zurück in den aufrechten Stand.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>A short walk</source>
        <translation>Ein kurzer Spaziergang</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Stand up and walk for a couple of minutes: fetch some water.</source>
        <translation>Steh auf und geh ein paar Minuten: hol dir etwas Wasser.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let your arms swing and look at something far away.</source>
        <translation>Lass die Arme schwingen und schau in die Ferne.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/i18n.py"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you for long enough. Sit facing the screen, in the middle of the picture, with your head and shoulders in view.</source>
        <translation>Du warst nicht lange genug zu sehen. Setz dich mittig vor den Bildschirm, sodass Kopf und Schultern im Bild sind.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you well. Add light in front of you, sit about an arm's length from the screen and face it.</source>
        <translation>Du warst nicht gut zu sehen. Sorg für Licht von vorn und setz dich mit etwa einer Armlänge Abstand vor den Bildschirm, das Gesicht ihm zugewandt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Your head moved too much ({0:.1f}°). Sit still, upright, and look straight ahead for a few seconds.</source>
        <translation>Dein Kopf hat sich zu viel bewegt ({0:.1f}°). Bleib ein paar Sekunden still und aufrecht sitzen und schau geradeaus.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Away from the desk</source>
        <translation>Nicht am Platz</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera in use by another app: not disturbing you</source>
        <translation>Kamera von anderer App belegt: DeskGuard stört nicht</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable</source>
        <translation>Kamera nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Can't see you well (light, framing or distance)</source>
        <translation>Du bist schlecht zu sehen (Licht, Bildausschnitt oder Abstand)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Models missing: Get the models… in the menu</source>
        <translation>Modelle fehlen: „Modelle holen…“ im Menü</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Outside work hours</source>
        <translation>Außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture looks good</source>
        <translation>Haltung sieht gut aus</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture needs attention</source>
        <translation>Achte auf deine Haltung</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Watching the time; calibrate to check posture</source>
        <translation>Misst nur die Zeit; kalibriere, damit die Haltung geprüft wird</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>head drifting forward</source>
        <translation>Kopf wandert nach vorn</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>neck bent forward</source>
        <translation>Nacken nach vorn gebeugt</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>too close to the screen</source>
        <translation>zu nah am Bildschirm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: {0}</source>
        <translation>Haltung: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call: %n reminders held</source>
        <extracomment>Singular: In a call: %n reminder held</extracomment>
        <translation>
            <numerusform>Im Gespräch: %n Erinnerung wartet</numerusform>
            <numerusform>Im Gespräch: %n Erinnerungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable: {0}</source>
        <translation>Kamera nicht verfügbar: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Keyboard and mouse activity cannot be read here: not watching</source>
        <translation>Tastatur- und Mausaktivität kann hier nicht erfasst werden: keine Beobachtung</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: off — no camera</source>
        <translation>Haltung: aus – keine Kamera</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused until {0}</source>
        <translation>Pausiert bis {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>screen shared</source>
        <translation>Bildschirm geteilt</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>full-screen app</source>
        <translation>Vollbild-App</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Do Not Disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call ({0}): not disturbing you</source>
        <translation>Im Gespräch ({0}): DeskGuard stört nicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/presentation.py"/>
        <source>%n reminders held</source>
        <extracomment>Singular: %n reminder held</extracomment>
        <translation>
            <numerusform>%n Erinnerung wartet</numerusform>
            <numerusform>%n Erinnerungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call ({0}): {1}</source>
        <translation>Im Gespräch ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Reminders snoozed until {0}</source>
        <translation>Erinnerungen ausgesetzt bis {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break: due now</source>
        <translation>Gehpause: jetzt fällig</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break in {0}</source>
        <translation>Gehpause in {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position: due now</source>
        <translation>Haltungswechsel: jetzt fällig</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position in {0}</source>
        <translation>Haltungswechsel in {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Seated today {0}</source>
        <translation>Heute gesessen: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>, this stretch {0}</source>
        <translation>, am Stück: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>probable break (screen locked, asleep or no input)</source>
        <translation>wahrscheinliche Pause (Bildschirm gesperrt, Ruhezustand oder keine Eingabe)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>in a call</source>
        <translation>im Gespräch</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>fine</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>strain</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>watch</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: not measured without a camera.</source>
        <translation>Nackenwinkel: ohne Kamera nicht gemessen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: not calibrated yet. Calibrate (tray menu) so DeskGuard knows your neutral; the neck is then measured from it.</source>
        <translation>Nackenwinkel: noch nicht kalibriert. Kalibriere (Menü im Infobereich), damit DeskGuard deine Neutralhaltung kennt; der Nacken wird dann von ihr aus gemessen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: no measurement this day.</source>
        <translation>Nackenwinkel: an diesem Tag nicht gemessen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck: on average {0:.0f}° more upright than your calibrated neutral (0° = as you sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held.</source>
        <translation>Nacken: im Schnitt {0:.0f}° aufrechter als deine kalibrierte Neutralhaltung (0° = wie du beim Kalibrieren gesessen hast), {1}. DeskGuard meldet sich ab {2:.0f}°, wenn die Haltung anhält.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck: on average {0:.0f}° past your calibrated neutral (0° = as you sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held.</source>
        <translation>Nacken: im Schnitt {0:.0f}° über deine kalibrierte Neutralhaltung hinaus (0° = wie du beim Kalibrieren gesessen hast), {1}. DeskGuard meldet sich ab {2:.0f}°, wenn die Haltung anhält.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n changes of position</source>
        <extracomment>Singular: %n change of position</extracomment>
        <translation>
            <numerusform>%n Haltungswechsel</numerusform>
            <numerusform>%n Haltungswechsel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>none on your own, none after a reminder</source>
        <translation>keiner von selbst, keiner nach Erinnerung</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} on your own, {1} after a reminder</source>
        <translation>{0} von selbst, {1} nach Erinnerung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n exercises</source>
        <extracomment>Singular: %n exercise</extracomment>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0}, {1} confirmed by the camera</source>
        <translation>{0}, davon {1} von der Kamera bestätigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n walk reminders</source>
        <extracomment>Singular: %n walk reminder</extracomment>
        <translation>
            <numerusform>%n Geh-Erinnerung</numerusform>
            <numerusform>%n Geh-Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>you got up before one was needed</source>
        <translation>du bist aufgestanden, bevor eine nötig war</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} followed, {1} marked done, {2} ignored</source>
        <translation>{0} befolgt, {1} als erledigt markiert, {2} ignoriert</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} followed, {1} ignored</source>
        <translation>{0} befolgt, {1} übergangen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n breaks</source>
        <extracomment>Singular: %n break</extracomment>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>away from the desk</source>
        <translation>weg vom Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>plus {0} probable (screen locked or asleep)</source>
        <translation>dazu {0} wahrscheinliche (Bildschirm gesperrt oder im Ruhezustand)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0} this week; nothing recorded the week before.</source>
        <translation>Diese Woche {0} gesessen; aus der Vorwoche nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0}, the same as the week before.</source>
        <translation>{0} gesessen, genauso viel wie in der Vorwoche.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} less than the week before</source>
        <translation>{0} weniger als in der Vorwoche</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} more than the week before</source>
        <translation>{0} mehr als in der Vorwoche</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0}: {1}.</source>
        <translation>{0} gesessen: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Good posture {0:.0f} % of the judged time</source>
        <translation>Gute Haltung in {0:.0f} % der bewerteten Zeit</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(up {0} points from {1:.0f} %)</source>
        <translation>(+{0} Punkte gegenüber {1:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(down {0} points from {1:.0f} %)</source>
        <translation>(−{0} Punkte gegenüber {1:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(as the week before)</source>
        <translation>(wie in der Vorwoche)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Walk reminders: {0} followed, {1} ignored. Shift reminders: {2} followed, {3} ignored.</source>
        <translation>Geh-Erinnerungen: {0} befolgt, {1} übergangen. Erinnerungen zum Haltungswechsel: {2} befolgt, {3} übergangen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n days in a row</source>
        <extracomment>Singular: %n day in a row</extracomment>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Streak: {0} with no stretch over {1} (best this week: {2}).</source>
        <translation>Serie: {0} ohne Sitzphase über {1} (Bestwert dieser Woche: {2}).</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>keep it where it is</source>
        <translation>so lassen, wie sie ist</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>raise it by about {0} cm</source>
        <translation>etwa {0} cm höher stellen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>lower it by about {0} cm</source>
        <translation>etwa {0} cm tiefer stellen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>all from keyboard and mouse</source>
        <translation>alles per Tastatur und Maus</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} seen by the camera, {1} from keyboard and mouse</source>
        <translation>{0} per Kamera, {1} per Tastatur und Maus</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Bring your chin back and up so your ears sit over your shoulders.</source>
        <translation>Nimm das Kinn zurück und richte dich auf, sodass die Ohren über den Schultern stehen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Do a few slow neck rolls, then sit tall with your gaze level.</source>
        <translation>Mach ein paar langsame Kopfkreise, dann setz dich aufrecht hin, den Blick waagerecht.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Get up, walk to a window and look at something far away.</source>
        <translation>Steh auf, geh zum Fenster und schau in die Ferne.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lean back: the screen should be about an arm's length away.</source>
        <translation>Lehn dich zurück: Der Bildschirm sollte etwa eine Armlänge entfernt sein.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lengthen your spine: imagine a string pulling the top of your head up.</source>
        <translation>Mach die Wirbelsäule lang: Stell dir einen Faden vor, der deinen Scheitel nach oben zieht.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lower the monitor arm or stand.</source>
        <translation>Stell den Monitorarm oder -ständer tiefer.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Plant both feet flat on the floor and sit tall for a moment.</source>
        <translation>Stell beide Füße flach auf den Boden und setz dich einen Moment aufrecht hin.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Push the screen back a little, or make the text larger instead of leaning in.</source>
        <translation>Schieb den Bildschirm etwas zurück oder vergrößere die Schrift, statt dich vorzubeugen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Put a stand or a few books under the screen.</source>
        <translation>Stell einen Ständer oder ein paar Bücher unter den Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise what you are reading to eye level instead of looking down at it.</source>
        <translation>Hol das, was du liest, auf Augenhöhe, statt nach unten zu schauen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise your chair a little (with a footrest if your feet lift off the floor).</source>
        <translation>Stell deinen Stuhl etwas höher (mit Fußstütze, falls deine Füße den Boden verlassen).</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back and down, then let your head follow.</source>
        <translation>Roll die Schultern zurück und nach unten, dann lass den Kopf folgen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back five times, slowly.</source>
        <translation>Roll die Schultern fünfmal langsam nach hinten.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Shrug your shoulders up to your ears, hold for two seconds, let them drop.</source>
        <translation>Zieh die Schultern zu den Ohren, halte zwei Sekunden, lass sie fallen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back against your chair; zoom the page if the text is small.</source>
        <translation>Lehn dich im Stuhl zurück; vergrößere die Ansicht, wenn die Schrift klein ist.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back in your chair so it supports your lower back.</source>
        <translation>Setz dich ganz nach hinten, damit die Lehne deinen unteren Rücken stützt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back so your head rests over your shoulders, not in front of them.</source>
        <translation>Setz dich zurück, sodass dein Kopf über den Schultern steht, nicht davor.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Slide your chin straight back, hold for three seconds, relax.</source>
        <translation>Schieb das Kinn gerade zurück, halte drei Sekunden, entspann dich.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand and do a hamstring stretch: heel on a low step, lean forward gently.</source>
        <translation>Steh auf und dehn die hinteren Oberschenkel: Ferse auf eine niedrige Stufe, sanft vorbeugen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up and walk for two or three minutes: fetch some water.</source>
        <translation>Steh auf und geh zwei, drei Minuten: hol dir etwas Wasser.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up, roll your neck slowly and walk a lap before you sit again.</source>
        <translation>Steh auf, roll langsam den Kopf und dreh eine Runde, bevor du dich wieder setzt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stretch your arms overhead and lengthen your spine.</source>
        <translation>Streck die Arme über den Kopf und mach die Wirbelsäule lang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Take a short walk around the room or down the corridor.</source>
        <translation>Geh kurz durch den Raum oder den Flur entlang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Tuck your chin gently and lengthen the back of your neck.</source>
        <translation>Zieh das Kinn sanft ein und mach den Nacken lang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Turn your head gently left, then right, holding each side for a breath.</source>
        <translation>Dreh den Kopf sanft nach links, dann nach rechts, jede Seite einen Atemzug lang.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Use a laptop stand with a separate keyboard.</source>
        <translation>Nimm einen Laptopständer und eine separate Tastatur.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} h {1:02d} min</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have been sitting for {0}.</source>
        <translation>Du sitzt seit {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>After your call: time to stand up and walk</source>
        <translation>Nach deinem Gespräch: Zeit, aufzustehen und ein paar Schritte zu gehen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to stand up and walk</source>
        <translation>Zeit, aufzustehen und ein paar Schritte zu gehen</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have sat still for {0}.</source>
        <translation>Du sitzt seit {0} in derselben Haltung.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have been at your desk for {0}.</source>
        <translation>Du bist seit {0} am Schreibtisch.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>After your call: time to shift position</source>
        <translation>Nach deinem Gespräch: Zeit für einen Haltungswechsel</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to shift position</source>
        <translation>Zeit für einen Haltungswechsel</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Walk in {0}</source>
        <translation>Gehpause in {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Finish your sentence: a walk break is coming up.</source>
        <translation>Bring deinen Satz zu Ende: Gleich kommt eine Gehpause.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your neck is bent forward</source>
        <translation>Dein Nacken ist nach vorn gebeugt</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f}° past your neutral.</source>
        <translation>Etwa {0:.0f}° über deine Neutralhaltung hinaus.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your head has drifted forward</source>
        <translation>Dein Kopf ist nach vorn gewandert</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your ears have dropped towards your shoulders.</source>
        <translation>Deine Ohren sind zu den Schultern hin abgesunken.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You are very close to the screen</source>
        <translation>Du bist sehr nah am Bildschirm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f} cm away.</source>
        <translation>Etwa {0:.0f} cm Abstand.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Raise your screen by about {0:.0f} cm</source>
        <translation>Stell deinen Bildschirm etwa {0:.0f} cm höher</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Lower your screen by about {0:.0f} cm</source>
        <translation>Stell deinen Bildschirm etwa {0:.0f} cm tiefer</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Its top edge belongs at or just below eye level.</source>
        <translation>Die Oberkante sollte auf oder knapp unter Augenhöhe liegen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/notify/notifier.py"/>
        <source>Preview: {0}</source>
        <translation>Vorschau: {0}</translation>
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
        <translation>{0} (+{1} wahrscheinliche)</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0} ({1} confirmed by the camera)</source>
        <translation>{0} (davon {1} von der Kamera bestätigt)</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated</source>
        <translation>Sitzzeit</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch</source>
        <translation>Längste Sitzphase</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Stretches of 1 h or more</source>
        <translation>Sitzphasen ab 1 h</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Walk reminders</source>
        <translation>Geh-Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Changes of position</source>
        <translation>Haltungswechsel</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Good posture</source>
        <translation>Gute Haltung</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Poor posture</source>
        <translation>Ungünstige Haltung</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Posture alerts</source>
        <translation>Haltungswarnungen</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Neck past neutral</source>
        <translation>Nacken über Neutralhaltung</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Distance</source>
        <translation>Sehabstand</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated time per day</source>
        <translation>Sitzzeit pro Tag</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Hours seated each day: good, poor and unjudged posture.</source>
        <translation>Sitzstunden je Tag: gute, ungünstige und nicht bewertete Haltung.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>poor</source>
        <translation>ungünstig</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch seated per day; the dashed line is one hour</source>
        <translation>Längste Sitzphase je Tag; die gestrichelte Linie markiert eine Stunde</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Against the week before</source>
        <translation>Im Vergleich zur Vorwoche</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>seated this week</source>
        <translation>diese Woche gesessen</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>longest stretch seated</source>
        <translation>längste Sitzphase</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>stretches of an hour or more</source>
        <translation>Sitzphasen von einer Stunde oder länger</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>breaks away from the desk</source>
        <translation>Pausen weg vom Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>of judged time in good posture</source>
        <translation>der bewerteten Zeit in guter Haltung</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>neck bent past your calibrated neutral, on average</source>
        <translation>Nackenbeugung über deine kalibrierte Neutralhaltung hinaus, im Schnitt</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Screen height: {0}.</source>
        <translation>Bildschirmhöhe: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>No screen-height advice.</source>
        <translation>Kein Hinweis zur Bildschirmhöhe.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Local time ({0}). Made by DeskGuard on this computer; nothing in it left the machine.</source>
        <translation>Ortszeit ({0}). Von DeskGuard auf diesem Computer erstellt; nichts davon hat das Gerät verlassen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>DeskGuard week {0}</source>
        <translation>DeskGuard – Woche {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Your sitting week, {0}</source>
        <translation>Deine Woche am Schreibtisch, {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated time and posture</source>
        <translation>Sitzzeit und Haltung</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>good posture</source>
        <translation>gute Haltung</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>poor posture</source>
        <translation>ungünstige Haltung</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch seated each day</source>
        <translation>Längste Sitzphase je Tag</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Some of your settings could not be read. Please check them in Settings.</source>
        <translation>Einige deiner Einstellungen konnten nicht gelesen werden. Bitte prüfe sie in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>No system tray was found, so DeskGuard runs in this small window. Closing it keeps DeskGuard running; use Quit in the menu to stop.</source>
        <translation>Es wurde kein Infobereich gefunden, daher läuft DeskGuard in diesem kleinen Fenster. Wenn du es schließt, läuft DeskGuard weiter; zum Beenden wähle „Beenden“ im Menü.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&amp;Menu</source>
        <translation>&amp;Menü</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs its models</source>
        <translation>DeskGuard braucht seine Modelle</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot start monitoring</source>
        <translation>DeskGuard kann die Beobachtung nicht starten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs MediaPipe's face and pose models (Apache-2.0, Google). Download them now from Google's public model bucket?&lt;ul&gt;{0}&lt;/ul&gt;Each file is checked against its published SHA-256. This is the only network access DeskGuard makes. Without them it cannot watch your posture. Later, or to install them from a folder instead, choose &lt;i&gt;Get the models…&lt;/i&gt; in the tray menu.</source>
        <translation>DeskGuard braucht die Gesichts- und Körpermodelle von MediaPipe (Apache-2.0, Google). Jetzt aus Googles öffentlichem Modell-Bucket herunterladen?&lt;ul&gt;{0}&lt;/ul&gt;Jede Datei wird mit ihrer veröffentlichten SHA-256-Prüfsumme geprüft. Das ist der einzige Netzwerkzugriff von DeskGuard. Ohne die Modelle kann es deine Haltung nicht beobachten. Später, oder um sie stattdessen aus einem Ordner zu installieren, wähle &lt;i&gt;Modelle holen…&lt;/i&gt; im Menü im Infobereich.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading the models…</source>
        <translation>Die Modelle werden heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading {0}…</source>
        <translation>{0} wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>The download was cancelled and nothing was kept. &lt;i&gt;Get the models…&lt;/i&gt; in the tray menu downloads them again or installs them from a folder; DeskGuard also asks the next time it starts.</source>
        <translation>Der Download wurde abgebrochen, nichts wurde behalten. &lt;i&gt;Modelle holen…&lt;/i&gt; im Menü im Infobereich lädt sie erneut herunter oder installiert sie aus einem Ordner; DeskGuard fragt auch beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Download cancelled</source>
        <translation>Download abgebrochen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Your settings</source>
        <translation>Deine Einstellungen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>About DeskGuard</source>
        <translation>Über DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;A sitting-posture monitor that stays on this computer: no picture is ever stored or sent. The only network use is the announced, verified download of MediaPipe's models (Apache-2.0, Google).</source>
        <translation>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;Ein Haltungswächter fürs Sitzen, der auf diesem Computer bleibt: Kein Bild wird je gespeichert oder gesendet. Die einzige Netzwerknutzung ist der angekündigte, geprüfte Download der Modelle von MediaPipe (Apache-2.0, Google).</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot open its history</source>
        <translation>DeskGuard kann seinen Verlauf nicht öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>%n times each side</source>
        <extracomment>Singular: %n time each side</extracomment>
        <translation>
            <numerusform>%n-mal pro Seite</numerusform>
            <numerusform>%n-mal pro Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>%n times</source>
        <extracomment>Singular: %n time</extracomment>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} seconds</source>
        <translation>{0} Sekunden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} each side</source>
        <translation>{0} pro Seite</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>A short break</source>
        <translation>Eine kurze Pause</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>How to do it</source>
        <translation>So geht's</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Keep it: an exercise counts as a change of position</source>
        <translation>Übung zählen: Sie gilt als Haltungswechsel</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Close without doing the exercise</source>
        <translation>Schließen, ohne die Übung zu machen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Another</source>
        <translation>&amp;Andere</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Show another exercise</source>
        <translation>Eine andere Übung zeigen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>The camera counts along. Press Done when you have finished.</source>
        <translation>Die Kamera zählt mit. Drück auf „Fertig“, wenn du fertig bist.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Press Done when you have finished.</source>
        <translation>Drück auf „Fertig“, wenn du fertig bist.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done. Press Done to keep it.</source>
        <translation>Gut gemacht. Drück auf „Fertig“, damit sie zählt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} s to go</source>
        <translation>Noch {0} s</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done: counted by the camera.</source>
        <translation>Gut gemacht: von der Kamera gezählt.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>alert {0:.0f}°</source>
        <translation>Warnung {0:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibrate DeskGuard</source>
        <translation>DeskGuard kalibrieren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera preview (not saved)</source>
        <translation>Kameravorschau (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Sit upright, shoulders relaxed, and look straight ahead at the middle of your screen. Press Start and hold still for five seconds.</source>
        <translation>Setz dich aufrecht hin, die Schultern locker, und schau geradeaus auf die Mitte deines Bildschirms. Drück auf „Starten“ und halte fünf Sekunden still.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration result</source>
        <translation>Kalibrierergebnis</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Download the models</source>
        <translation>Modelle &amp;herunterladen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Fetch the face and pose models from their official source and check them</source>
        <translation>Die Gesichts- und Körpermodelle von ihrer offiziellen Quelle holen und prüfen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Desk set-up</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>A name for this desk set-up, e.g. laptop or docked</source>
        <translation>Ein Name für diesen Arbeitsplatz, z. B. Laptop oder Dockingstation</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Des&amp;k set-up:</source>
        <translation>&amp;Arbeitsplatz:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still for five seconds while DeskGuard learns your upright posture</source>
        <translation>Halte fünf Sekunden still, während DeskGuard deine aufrechte Haltung lernt</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Use this calibration</source>
        <translation>Diese Kalibrierung &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Check your posture against this calibration from now on</source>
        <translation>Ab jetzt wird deine Haltung an dieser Kalibrierung gemessen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Loading the models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>it has sent no picture for {0:.0f} seconds</source>
        <translation>sie hat seit {0:.0f} Sekunden kein Bild gesendet</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>DeskGuard needs its face and pose models to see you, and they are not installed.</source>
        <translation>DeskGuard braucht seine Gesichts- und Körpermodelle, um dich zu sehen, und sie sind nicht installiert.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Download them with the button below, or install them from a folder with “Get the models…” in the tray menu. Calibration starts as soon as they are found.</source>
        <translation>Lade sie mit der Schaltfläche unten herunter oder installiere sie mit „Modelle holen…“ im Menü im Infobereich aus einem Ordner. Die Kalibrierung beginnt, sobald sie gefunden sind.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>No picture from the camera.</source>
        <translation>Kein Bild von der Kamera.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Plug it in or switch it on, or end any call that uses it; another camera is chosen in Settings, on the Camera tab. DeskGuard keeps trying.</source>
        <translation>Schließ sie an oder schalte sie ein, oder beende ein Gespräch, das sie nutzt; eine andere Kamera wählst du in den Einstellungen im Reiter „Kamera“. DeskGuard versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration stopped: press Start again once you are seen.</source>
        <translation>Kalibrierung angehalten: Drück erneut auf „Starten“, sobald du zu sehen bist.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Downloading {0}: {1} %</source>
        <translation>{0} wird heruntergeladen: {1} %</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still… {0}</source>
        <translation>Still halten… {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Bend your head forward: the scale under the picture shows where alerts start.</source>
        <translation>Beug den Kopf nach vorn: Die Skala unter dem Bild zeigt, wo die Warnungen beginnen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera tilt: {0:.0f}° {1}.</source>
        <translation>Kameraneigung: {0:.0f}° {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>down</source>
        <translation>nach unten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>up</source>
        <translation>nach oben</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Your neutral head position is found; with “Use this calibration” neck bending is measured from it.</source>
        <translation>Deine neutrale Kopfhaltung ist ermittelt; mit „Diese Kalibrierung verwenden“ wird die Nackenbeugung von ihr aus gemessen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Viewing distance: {0:.0f} cm.</source>
        <translation>Sehabstand: {0:.0f} cm.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>The top of your screen is at a good height.</source>
        <translation>Die Oberkante deines Bildschirms ist auf einer guten Höhe.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Lower</source>
        <translation>Senk</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Raise</source>
        <translation>Heb</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>{0} your screen by about {1:.0f} cm.</source>
        <translation>{0} deinen Bildschirm um etwa {1:.0f} cm.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Saved. DeskGuard now checks your posture against it.</source>
        <translation>Gespeichert. DeskGuard vergleicht deine Haltung jetzt damit.</translation>
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
        <translation>Aufnahme: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>The camera DeskGuard looks through, or a recording to watch</source>
        <translation>Die Kamera, durch die DeskGuard schaut, oder eine Aufnahme zum Ansehen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>A &amp;recording…</source>
        <translation>Eine &amp;Aufnahme…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Watch a video file or a folder of pictures instead</source>
        <translation>Stattdessen eine Videodatei oder einen Bilderordner ansehen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Watch a recording</source>
        <translation>Eine Aufnahme ansehen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard — your day</source>
        <translation>DeskGuard – dein Tag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard dashboard</source>
        <translation>DeskGuard-Dashboard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ &amp;Previous day</source>
        <translation>◀ &amp;Vorheriger Tag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Next day ▶</source>
        <translation>&amp;Nächster Tag ▶</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The day the cards and the charts show</source>
        <translation>Der Tag, den die Karten und Diagramme zeigen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Time seated</source>
        <translation>Sitzzeit</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Advice</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ Previous &amp;week</source>
        <translation>◀ V&amp;orherige Woche</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>Nä&amp;chste Woche ▶</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week shown</source>
        <translation>Angezeigte Woche</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Export this week…</source>
        <translation>Diese Woche e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week in words</source>
        <translation>Die Woche in Worten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Timeline of the day</source>
        <translation>Tagesverlauf</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle over the day</source>
        <translation>Nackenwinkel im Tagesverlauf</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week</source>
        <translation>Die Woche</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>seated this day</source>
        <translation>an diesem Tag gesessen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0} of them an hour or more</source>
        <translation>davon {0} eine Stunde oder länger</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>none of an hour or more</source>
        <translation>keine davon eine Stunde oder länger</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch seated without getting up; {0}</source>
        <translation>längste Sitzphase ohne Aufstehen; {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>of the judged time in good posture ({0} good, {1} poor)</source>
        <translation>der bewerteten Zeit in guter Haltung (gut: {0}, ungünstig: {1})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>posture not judged this day</source>
        <translation>Haltung an diesem Tag nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height: {0} (your eyes sit {1:.0f} cm above its top edge).</source>
        <translation>Bildschirmhöhe: {0} (deine Augen liegen {1:.0f} cm über der Oberkante).</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height is right: its top edge is at or just below eye level.</source>
        <translation>Bildschirmhöhe passt: Die Oberkante ist auf oder knapp unter Augenhöhe.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>about an arm's length, good</source>
        <translation>etwa eine Armlänge, gut</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>closer than an arm's length</source>
        <translation>näher als eine Armlänge</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>further than usual</source>
        <translation>weiter als üblich</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Viewing distance {0:.0f} cm: {1}.</source>
        <translation>Sehabstand {0:.0f} cm: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Seated minutes per quarter hour</source>
        <translation>Sitzminuten pro Viertelstunde</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>keyboard and mouse (no camera)</source>
        <translation>Tastatur und Maus (ohne Kamera)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: not measured without a camera</source>
        <translation>Nackenwinkel: ohne Kamera nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: not calibrated, so not measured (calibrate from the tray)</source>
        <translation>Nackenwinkel: nicht kalibriert, daher nicht gemessen (kalibrieren über den Infobereich)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle past your calibrated neutral: no measurement this day</source>
        <translation>Nackenwinkel über deine kalibrierte Neutralhaltung hinaus: an diesem Tag nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck: degrees bent past your calibrated neutral (0° = as calibrated)</source>
        <translation>Nacken: Grad der Beugung über deine kalibrierte Neutralhaltung hinaus (0° = wie kalibriert)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: under {1:.0f}°</source>
        <translation>{0}: unter {1:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: {1:.0f}–{2:.0f}°</source>
        <translation>{0}: {1:.0f}–{2:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: {1:.0f}° and more, held: alert</source>
        <translation>{0}: ab {1:.0f}°, länger gehalten: Warnung</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>your neck (10-minute mean)</source>
        <translation>dein Nacken (10-Minuten-Mittel)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> (this week)</source>
        <translation> (diese Woche)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&lt;b&gt;Week {0}&lt;/b&gt;, {1}{2}</source>
        <translation>&lt;b&gt;Woche {0}&lt;/b&gt;, {1}{2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> (plus {0} probable)</source>
        <translation> (dazu {0} wahrscheinliche)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Breaks away from the desk: {0}{1}.</source>
        <translation>Pausen weg vom Schreibtisch: {0}{1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Exercises: {0}.</source>
        <translation>Übungen: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Longest stretch seated each day: {0}.</source>
        <translation>Längste Sitzphase je Tag: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch</source>
        <translation>längste Sitzphase</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: a streak day stays under</source>
        <translation>{0}: darunter bleibt ein Serientag</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week {0}: hours seated, and the longest stretch</source>
        <translation>Woche {0}: Sitzstunden und längste Sitzphase</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Snooze 10 min</source>
        <translation>10 Min. später</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Show me</source>
        <translation>Zeig es mir</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Report for reading (HTML, opens in a browser or on a phone)</source>
        <translation>Bericht zum Lesen (HTML, öffnet sich im Browser oder auf dem Handy)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Spreadsheet (CSV, one row per day)</source>
        <translation>Tabelle (CSV, eine Zeile pro Tag)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Data (JSON, for other programs)</source>
        <translation>Daten (JSON, für andere Programme)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export a week — DeskGuard</source>
        <translation>Eine Woche exportieren – DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export a week</source>
        <translation>Eine Woche exportieren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The week whose figures are saved</source>
        <translation>Die Woche, deren Zahlen gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Week {0}, {1} – {2}</source>
        <translation>Woche {0}, {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The kind of file to save</source>
        <translation>Die Art der Datei, die gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Where the file is saved</source>
        <translation>Wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>F&amp;older:</source>
        <translation>Ord&amp;ner:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>File name:</source>
        <translation>Dateiname:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export to which folder?</source>
        <translation>In welchen Ordner exportieren?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The folder {0} does not exist; choose another.</source>
        <translation>Der Ordner {0} existiert nicht; wähle einen anderen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The week could not be saved: {0}</source>
        <translation>Die Woche konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>replaced the earlier export of that week</source>
        <translation>ersetzt den früheren Export dieser Woche</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&lt;b&gt;Week {0} saved.&lt;/b&gt;&lt;br&gt;The file is in &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;named {2}{3}.</source>
        <translation>&lt;b&gt;Woche {0} gespeichert.&lt;/b&gt;&lt;br&gt;Die Datei liegt in &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;und heißt {2}{3}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Get the models</source>
        <translation>Modelle holen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>DeskGuard sees you through MediaPipe's face and pose models (Apache-2.0, Google), {0:.0f} MB in all. Download them from Google's public model bucket, or install them from a folder that holds {1}, a USB stick for instance. Either way every file is checked against its published SHA-256. The download is the only network access DeskGuard ever makes.</source>
        <translation>DeskGuard sieht dich mithilfe der Gesichts- und Körpermodelle von MediaPipe (Apache-2.0, Google), insgesamt {0:.0f} MB. Lade sie aus Googles öffentlichem Modell-Bucket herunter oder installiere sie aus einem Ordner, der {1} enthält, zum Beispiel auf einem USB-Stick. In beiden Fällen wird jede Datei mit ihrer veröffentlichten SHA-256-Prüfsumme geprüft. Der Download ist der einzige Netzwerkzugriff, den DeskGuard je macht.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>What went wrong</source>
        <translation>Was schiefgegangen ist</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Fetch the face and pose models from Google's model bucket and check them</source>
        <translation>Die Gesichts- und Körpermodelle aus Googles Modell-Bucket holen und prüfen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Install from a &amp;folder…</source>
        <translation>Aus einem &amp;Ordner installieren…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>They are not installed yet.</source>
        <translation>Sie sind noch nicht installiert.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Not loaded: {0}</source>
        <translation>Nicht geladen: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Nothing was installed: {0}</source>
        <translation>Nichts wurde installiert: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>The folder with the model files</source>
        <translation>Der Ordner mit den Modelldateien</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>they could not be copied: {0}</source>
        <translation>sie konnten nicht kopiert werden: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Check my posture every</source>
        <translation>Meine Haltung prüfen alle</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees</source>
        <translation>Bildwinkel der Kamera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera height above the screen's top edge</source>
        <translation>Höhe der Kamera über der Bildschirmoberkante</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to shift position after</source>
        <translation>An Haltungswechsel erinnern nach</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to get up and walk after</source>
        <translation>Ans Aufstehen und Gehen erinnern nach</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Repeat an ignored walk reminder every</source>
        <translation>Übergangene Geh-Erinnerung wiederholen alle</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break is being away for at least</source>
        <translation>Als Pause zählt Abwesenheit von mindestens</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Posture alert sensitivity</source>
        <translation>Empfindlichkeit der Haltungswarnungen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Alert when a posture is held for</source>
        <translation>Warnen, wenn eine Haltung länger anhält als</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Never repeat the same alert within</source>
        <translation>Dieselbe Warnung nicht wiederholen innerhalb von</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too close is nearer to the screen than</source>
        <translation>Zu nah heißt näher am Bildschirm als</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Only during work hours</source>
        <translation>Nur während der Arbeitszeit</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work starts at</source>
        <translation>Arbeitsbeginn um</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work ends at</source>
        <translation>Arbeitsende um</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours until</source>
        <translation>Ruhezeit bis</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Play a soft sound with them</source>
        <translation>Dazu einen leisen Ton abspielen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A heads-up two minutes before a walk reminder</source>
        <translation>Eine Vorwarnung zwei Minuten vor einer Geh-Erinnerung</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Offer a short exercise with reminders</source>
        <translation>Mit Erinnerungen eine kurze Übung anbieten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Let the camera count the repetitions</source>
        <translation>Die Kamera die Wiederholungen zählen lassen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Exercises offered</source>
        <translation>Angebotene Übungen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Start DeskGuard when I log in</source>
        <translation>DeskGuard bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keep detailed history for</source>
        <translation>Detaillierten Verlauf aufbewahren für</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Notice that I am sitting by</source>
        <translation>Erkennen, dass ich sitze, über</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break by keyboard and mouse is no input for</source>
        <translation>Per Tastatur und Maus gilt als Pause: keine Eingabe für</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera and keyboard/mouse</source>
        <translation>Kamera und Tastatur/Maus</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera only</source>
        <translation>Nur Kamera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keyboard and mouse only</source>
        <translation>Nur Tastatur und Maus</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>days</source>
        <translation>Tage</translation>
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
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Sitting still stiffens the back and neck: a small shift of position every few minutes helps, and a short walk every hour helps more. Being away from the desk for the break time ends a stretch of sitting.</source>
        <translation>Wer lange still sitzt, wird in Rücken und Nacken steif: Ein kleiner Haltungswechsel alle paar Minuten hilft, ein paar Minuten Gehen jede Stunde hilft noch mehr. Wer für die Pausendauer nicht am Schreibtisch ist, beendet damit eine Sitzphase.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Where the desktop allows it, a reminder can be answered on the notification: Done, Snooze 10 min or Skip. Show me sends one now, as you would get it, marked as a preview and not kept in your history.</source>
        <translation>Wo der Desktop es erlaubt, kannst du direkt in der Benachrichtigung auf eine Erinnerung antworten: Fertig, 10 Min. später oder Überspringen. „Zeig es mir“ sendet jetzt eine, so wie du sie bekommen würdest, als Vorschau markiert und nicht in deinem Verlauf gespeichert.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>An alert comes only when a posture is held for most of the time set here, never for a glance down. Higher sensitivity alerts at a smaller bend of the neck.</source>
        <translation>Eine Warnung kommt nur, wenn eine Haltung den größten Teil der hier eingestellten Zeit gehalten wird, nie für einen kurzen Blick nach unten. Höhere Empfindlichkeit warnt schon bei geringerer Nackenbeugung.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Off: DeskGuard watches whenever the computer is in use. On: only on the days and between the times set here.</source>
        <translation>Aus: DeskGuard beobachtet, wann immer der Computer genutzt wird. Ein: nur an den Tagen und zwischen den Uhrzeiten, die hier eingestellt sind.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours, a lunch break for instance; reminders that fall due then wait until they end. Off by default.</source>
        <translation>Keine Benachrichtigungen in der Ruhezeit, zum Beispiel in der Mittagspause; Erinnerungen, die dann fällig werden, warten bis zu ihrem Ende. Standardmäßig aus.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees is measured from corner to corner: about 70° for most laptop cameras, 90° or more for a wide-angle webcam. A camera on top of the screen is about 1 cm above its edge; below the screen, give a negative height. No picture is ever stored.</source>
        <translation>Der Bildwinkel der Kamera wird von Ecke zu Ecke gemessen: etwa 70° bei den meisten Laptopkameras, 90° oder mehr bei einer Weitwinkel-Webcam. Eine Kamera oben auf dem Bildschirm sitzt etwa 1 cm über seiner Kante; unter dem Bildschirm gib eine negative Höhe an. Kein Bild wird je gespeichert.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Without the camera</source>
        <translation>Ohne Kamera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keyboard and mouse show that you are sitting when the camera cannot: in a call, unplugged, in the dark. With keyboard and mouse only, you get seated time and reminders but no posture checks, and the camera is never used. Reading and watching are not breaks, so only a longer silence is.</source>
        <translation>Tastatur und Maus zeigen, dass du sitzt, wenn die Kamera es nicht kann: im Gespräch, wenn sie nicht angeschlossen ist, im Dunkeln. Mit „Nur Tastatur und Maus“ bekommst du Sitzzeit und Erinnerungen, aber keine Haltungsprüfung, und die Kamera wird nie benutzt. Lesen und Zuschauen sind keine Pausen, deshalb zählt erst eine längere Zeit ohne Eingabe als Pause.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>“Show me” on a reminder, or A short exercise in the tray menu, opens one with its steps. Where it can see them, the camera counts neck turns, side bends, shrugs and chin tucks for as long as the exercise lasts; nothing is counted against you, and Done always counts.</source>
        <translation>„Zeig es mir“ bei einer Erinnerung oder „Eine kurze Übung“ im Menü im Infobereich öffnet eine Übung mit ihren Schritten. Wo sie es sehen kann, zählt die Kamera Kopfdrehen, Seitneigungen, Schulterheben und Kinn-Zurückziehen, solange die Übung dauert; nichts wird gegen dich gewertet, und „Fertig“ zählt immer.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A new language takes effect at the next start. Older history is kept as daily totals. Your history, calibrations and settings stay on this computer.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start. Älterer Verlauf wird als Tagessummen aufbewahrt. Dein Verlauf, deine Kalibrierungen und Einstellungen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Offer this exercise with reminders</source>
        <translation>Diese Übung mit Erinnerungen anbieten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>from {0} to {1}</source>
        <translation>von {0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Shift</source>
        <translation>&amp;Haltungswechsel</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Walk</source>
        <translation>&amp;Gehen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Heads-up</source>
        <translation>&amp;Vorwarnung</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Neck</source>
        <translation>&amp;Nacken</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Head &amp;forward</source>
        <translation>&amp;Kopf nach vorn</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too &amp;close</source>
        <translation>Zu n&amp;ah</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Screen hei&amp;ght</source>
        <translation>Bild&amp;schirmhöhe</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera status</source>
        <translation>Kamerastatus</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>DeskGuard settings</source>
        <translation>DeskGuard-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Hold notifications in quiet hours</source>
        <translation>Benachrichtigungen in der Ruhezeit zurückhalten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours</source>
        <translation>Keine Benachrichtigungen in der Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Send a preview of each kind of notification</source>
        <translation>Eine Vorschau jeder Art von Benachrichtigung senden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Delete all my data…</source>
        <translation>Alle meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Your history, calibrations and settings, from this computer; it asks first</source>
        <translation>Löscht deinen Verlauf, deine Kalibrierungen und Einstellungen von diesem Computer; fragt vorher nach</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show me: {0}</source>
        <translation>Zeig es mir: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Send a preview of this notification now</source>
        <translation>Jetzt eine Vorschau dieser Benachrichtigung senden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No picture: {0} No camera is connected to this computer.</source>
        <translation>Kein Bild: {0} Es ist keine Kamera an diesen Computer angeschlossen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No picture: {0}</source>
        <translation>Kein Bild: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>In use. No other camera is connected.</source>
        <translation>In Gebrauch. Keine andere Kamera ist angeschlossen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>In use. Cameras connected: {0}.</source>
        <translation>In Gebrauch. Angeschlossene Kameras: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>As the system ({0})</source>
        <translation>Wie das System ({0})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Watch on this day, in the work hours</source>
        <translation>An diesem Tag während der Arbeitszeit beobachten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: off</source>
        <translation>Arbeitszeit: aus</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: on</source>
        <translation>Arbeitszeit: ein</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: off</source>
        <translation>Ruhezeit: aus</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: {0} to {1}</source>
        <translation>Ruhezeit: {0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>{0}: {1} is out of range; choose {2}.</source>
        <translation>{0}: {1} liegt außerhalb des Bereichs; wähle {2}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days: tick at least one day.</source>
        <translation>Arbeitstage: Hak mindestens einen Tag an.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: the start and the end are the same time.</source>
        <translation>Arbeitszeit: Beginn und Ende sind dieselbe Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Exercises: tick at least one, or switch them off.</source>
        <translation>Übungen: Hak mindestens eine an oder schalte sie aus.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: the start and the end are the same time; untick Quiet hours for none.</source>
        <translation>Ruhezeit: Beginn und Ende sind dieselbe Uhrzeit; für keine Ruhezeit den Haken bei „Ruhezeit“ entfernen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Not applied: </source>
        <translation>Nicht übernommen: </translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Applied.</source>
        <translation>Übernommen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Delete all your data?</source>
        <translation>Alle deine Daten löschen?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>This deletes your sitting history, your calibrations and your settings from this computer. It cannot be undone.</source>
        <translation>Damit werden dein Sitzverlauf, deine Kalibrierungen und deine Einstellungen von diesem Computer gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>DeskGuard menu</source>
        <translation>DeskGuard-Menü</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Get the models…</source>
        <translation>&amp;Modelle holen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;30 minutes</source>
        <translation>Für &amp;30 Minuten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;how long…</source>
        <translation>&amp;Wie lange…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Snooze reminders for 15 minutes</source>
        <translation>Erinnerungen 15 Minuten &amp;aussetzen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze</source>
        <translation>Aussetzen a&amp;ufheben</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>A short e&amp;xercise…</source>
        <translation>Eine kurze &amp;Übung…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Calibrate…</source>
        <translation>&amp;Kalibrieren…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Desk set-&amp;up</source>
        <translation>A&amp;rbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;About DeskGuard</source>
        <translation>Über Desk&amp;Guard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause DeskGuard</source>
        <translation>DeskGuard pausieren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause for how many minutes?</source>
        <translation>Wie viele Minuten pausieren?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze (until {0})</source>
        <translation>Aussetzen a&amp;ufheben (läuft bis {0})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>GNOME shows no tray icons by itself. Install the AppIndicator extension (&lt;tt&gt;{0}&lt;/tt&gt;), log out and in again, and turn on “AppIndicator and KStatusNotifierItem Support” in the Extensions app; DeskGuard's icon then appears at the top right.</source>
        <translation>GNOME zeigt von sich aus keine Symbole im Infobereich. Installiere die AppIndicator-Erweiterung (&lt;tt&gt;{0}&lt;/tt&gt;), melde dich ab und wieder an und schalte „AppIndicator and KStatusNotifierItem Support“ in der App „Erweiterungen“ ein; das Symbol von DeskGuard erscheint dann oben rechts.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Your desktop shows no system tray. Add a tray (“notification area” or “status notifier”) to your panel, then start DeskGuard again.</source>
        <translation>Dein Desktop zeigt keinen Infobereich. Füge deiner Leiste einen hinzu („Benachrichtigungsfeld“ oder „Status Notifier“), dann starte DeskGuard neu.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Welcome to DeskGuard</source>
        <translation>Willkommen bei DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Every few seconds DeskGuard looks through your camera to see how your neck is bent, how close you sit and whether your screen is at eye level. It reminds you to change position every {0} and to get up and walk every {1}, and says so when a strained posture lasts.</source>
        <translation>Alle paar Sekunden prüft DeskGuard über deine Kamera, wie stark dein Nacken gebeugt ist, wie nah du sitzt und ob dein Bildschirm auf Augenhöhe ist. Es erinnert dich, alle {0} die Haltung zu wechseln und alle {1} aufzustehen und ein paar Schritte zu gehen, und sagt Bescheid, wenn eine belastende Haltung anhält.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No picture is ever stored or sent.</source>
        <translation>Kein Bild wird je gespeichert oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Each picture is measured in memory and forgotten. Your history stays on this computer. The only network use is the one-time download of the face and pose models, and DeskGuard asks before it.</source>
        <translation>Jedes Bild wird im Arbeitsspeicher vermessen und wieder vergessen. Dein Verlauf bleibt auf diesem Computer. Die einzige Netzwerknutzung ist der einmalige Download der Gesichts- und Körpermodelle, und DeskGuard fragt vorher.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Show the &amp;preview again</source>
        <translation>&amp;Vorschau wieder zeigen</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>You should see yourself here, head and shoulders. The picture is only shown, never saved.</source>
        <translation>Hier solltest du dich sehen, Kopf und Schultern. Das Bild wird nur angezeigt, nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Use &amp;keyboard and mouse only</source>
        <translation>Nur &amp;Tastatur und Maus verwenden</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Count sitting time from your keyboard and mouse; posture needs a camera</source>
        <translation>Sitzzeit über Tastatur und Maus zählen; für die Haltung braucht es eine Kamera</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No camera was found on this computer.</source>
        <translation>Auf diesem Computer wurde keine Kamera gefunden.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Calibrate</source>
        <translation>Kalibrieren</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Sit upright and comfortable, and let DeskGuard learn that posture in five seconds: neck bending is then measured from it. You can do it later from the tray menu.</source>
        <translation>Setz dich aufrecht und bequem hin und lass DeskGuard diese Haltung in fünf Sekunden lernen: Die Nackenbeugung wird dann von ihr aus gemessen. Du kannst das auch später über das Menü im Infobereich machen.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>&amp;Calibrate now…</source>
        <translation>Jetzt &amp;kalibrieren…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Where DeskGuard lives</source>
        <translation>Wo DeskGuard zu finden ist</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard's tray icon</source>
        <translation>Das Symbol von DeskGuard im Infobereich</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard runs in the top bar, with this icon. Click it for the menu: pause, calibrate, settings, quit; double-click it for today's dashboard. Its shape and colour show how things are.</source>
        <translation>DeskGuard läuft in der oberen Leiste, mit diesem Symbol. Klick darauf für das Menü: Pause, Kalibrieren, Einstellungen, Beenden; Doppelklick für das heutige Dashboard. Form und Farbe zeigen, wie es steht.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard runs in the system tray, with this icon, at the top or bottom edge of your screen. Click it for today's dashboard; right-click it for the menu: pause, calibrate, settings, quit. Its shape and colour show how things are.</source>
        <translation>DeskGuard läuft im Infobereich, mit diesem Symbol, am oberen oder unteren Bildschirmrand. Klick darauf für das heutige Dashboard; Rechtsklick für das Menü: Pause, Kalibrieren, Einstellungen, Beenden. Form und Farbe zeigen, wie es steht.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No system tray was found, so DeskGuard runs in a small window instead.</source>
        <translation>Es wurde kein Infobereich gefunden, daher läuft DeskGuard stattdessen in einem kleinen Fenster.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>&amp;Start watching</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard counts how long you sit from your keyboard and mouse. It reminds you to change position every {0} and to get up and walk every {1}. Posture needs a camera: choose one in Settings when you have one.</source>
        <translation>DeskGuard zählt über Tastatur und Maus, wie lange du sitzt. Es erinnert dich alle {0} daran, die Haltung zu wechseln, und alle {1} daran, aufzustehen und zu gehen. Für die Haltung braucht es eine Kamera: Wähle eine in den Einstellungen, sobald du eine hast.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Preview stopped.</source>
        <translation>Vorschau angehalten.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard needs its face and pose models before it can see you.</source>
        <translation>DeskGuard braucht seine Gesichts- und Körpermodelle, bevor es dich sehen kann.</translation>
    </message>
</context>
</TS>
