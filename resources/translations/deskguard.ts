<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>DeskGuard</name>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you for long enough. Sit facing the screen, in the middle of the picture, with your head and shoulders in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you well. Add light in front of you, sit about an arm's length from the screen and face it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Your head moved too much ({0:.1f}°). Sit still, upright, and look straight ahead for a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Away from the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera in use by another app: not disturbing you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Can't see you well (light, framing or distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Models missing: run `deskguard models download`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Outside work hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture looks good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Watching the time; calibrate to check posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>head drifting forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>neck bent forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>too close to the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>{0} h {1:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Reminders snoozed until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break: due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position: due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Seated today {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>, this stretch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Bring your chin back and up so your ears sit over your shoulders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Do a few slow neck rolls, then sit tall with your gaze level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Get up, walk to a window and look at something far away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lean back: the screen should be about an arm's length away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lengthen your spine: imagine a string pulling the top of your head up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lower the monitor arm or stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Plant both feet flat on the floor and sit tall for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Push the screen back a little, or make the text larger instead of leaning in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Put a stand or a few books under the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise what you are reading to eye level instead of looking down at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise your chair a little (with a footrest if your feet lift off the floor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back and down, then let your head follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back five times, slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Shrug your shoulders up to your ears, hold for two seconds, let them drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back against your chair; zoom the page if the text is small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back in your chair so it supports your lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back so your head rests over your shoulders, not in front of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Slide your chin straight back, hold for three seconds, relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand and do a hamstring stretch: heel on a low step, lean forward gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up and walk for two or three minutes: fetch some water.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up, roll your neck slowly and walk a lap before you sit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stretch your arms overhead and lengthen your spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Take a short walk around the room or down the corridor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Tuck your chin gently and lengthen the back of your neck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Turn your head gently left, then right, holding each side for a breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Use a laptop stand with a separate keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have been sitting for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to stand up and walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have sat still for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to shift position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your neck is bent forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f}° past your neutral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your head has drifted forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your ears have dropped towards your shoulders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You are very close to the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f} cm away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Raise your screen by about {0:.0f} cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Lower your screen by about {0:.0f} cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Its top edge belongs at or just below eye level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>No system tray was found, so DeskGuard runs in this small window. Closing it keeps DeskGuard running; use Quit in the menu to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&amp;Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs its models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot start monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs MediaPipe's face and pose models (Apache-2.0, Google). Download them now from Google's public model bucket?&lt;ul&gt;{0}&lt;/ul&gt;Each file is checked against its published SHA-256. This is the only network access DeskGuard makes. Without them it cannot watch your posture; you can also copy them with &lt;tt&gt;deskguard models install --from DIR&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>The download was cancelled and nothing was kept. DeskGuard asks again the next time it starts. You can also run &lt;tt&gt;deskguard models download&lt;/tt&gt; in a terminal, or copy the files with &lt;tt&gt;deskguard models install --from DIR&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Download cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Export this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Report (*.html);;Spreadsheet (*.csv);;Data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>About DeskGuard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;A sitting-posture monitor that stays on this computer: no picture is ever stored or sent. The only network use is the announced, verified download of MediaPipe's models (Apache-2.0, Google).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot open its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibrate DeskGuard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera preview (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Sit upright, shoulders relaxed, and look straight ahead at the middle of your screen. Press Start and hold still for five seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Download the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Fetch the face and pose models from their official source and check them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Desk set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>A name for this desk set-up, e.g. laptop or docked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Desk &amp;set-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Use this calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Loading the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>it has sent no picture for {0:.0f} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>DeskGuard needs its face and pose models to see you, and they are not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Download them with the button below, or copy them from a folder with `deskguard models install --from FOLDER`. Calibration starts as soon as they are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>No picture from the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Plug it in or switch it on, or end any call that uses it; another camera is chosen with `deskguard app --source 1`. DeskGuard keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration stopped: press Start again once you are seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Downloading {0}: {1} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still… {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera tilt: {0:.0f}° {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Your neutral head position is saved; neck bending is measured from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Viewing distance: {0:.0f} cm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>The top of your screen is at a good height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>{0} your screen by about {1:.0f} cm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Saved. DeskGuard now checks your posture against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard — your day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ &amp;Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Next day ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>breaks taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>walk reminders (missed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>position shifts: own / prompted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>of judged time in good posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Timeline of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle over the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> + {0} probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height: {0} (your eyes sit {1:.0f} cm above its top edge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height is right: its top edge is at or just below eye level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>about an arm's length, good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>closer than an arm's length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>further than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Viewing distance {0:.0f} cm: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0} stretch(es) of an hour or more without getting up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>No figures for this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Seated minutes per quarter hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>neck flexion (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck bent past your neutral (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: calibrate to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week {0}: hours seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Check my posture every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera height above the screen's top edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to shift position after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to get up and walk after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Repeat an ignored walk reminder every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break is being away for at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Posture alert sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Alert when a posture is held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Never repeat the same alert within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too close is nearer to the screen than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Only during work hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Start DeskGuard when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keep detailed history for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Sitting still stiffens the back and neck: a small shift of position every few minutes helps, and a short walk every hour helps more. Being away from the desk for the break time ends a stretch of sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Posture alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>An alert comes only when a posture is held for most of the time set here, never for a glance down. Higher sensitivity alerts at a smaller bend of the neck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Off: DeskGuard watches whenever the computer is in use. On: only on the days and between the times set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours, a lunch break for instance; reminders that fall due then wait until they end. Off by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees is measured from corner to corner: about 70° for most laptop cameras, 90° or more for a wide-angle webcam. A camera on top of the screen is about 1 cm above its edge; below the screen, give a negative height. No picture is ever stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Older history is kept as daily totals. Your history, calibrations and settings stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>from {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>DeskGuard settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Hold notifications in quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Cameras found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No camera found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>{0}: {1} is out of range; choose {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days: tick at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: the start and the end are the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: the start and the end are the same time; untick Quiet hours for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Not applied: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Delete all your data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>This deletes your sitting history, your calibrations and your settings from this computer. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>DeskGuard menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;how long…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Snooze reminders for 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Calibrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Desk set-&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Export this week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;About DeskGuard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause DeskGuard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause for how many minutes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze (until {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
