<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DeskGuard</name>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Nothing seated was recorded this day.</source>
        <translation>Aucun temps assis n'a été enregistré ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Seated {0} between {1} and {2}; longest stretch {3} from {4}.</source>
        <translation>Temps assis : {0} entre {1} et {2} ; plus longue période : {3} à partir de {4}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Posture good for {0}, poor for {1}.</source>
        <translation>Posture bonne pendant {0}, mauvaise pendant {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Neck angle not measured: DeskGuard is not calibrated yet.</source>
        <translation>Angle du cou non mesuré : DeskGuard n'est pas encore calibré.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>No neck angle was measured this day.</source>
        <translation>Aucun angle du cou n'a été mesuré ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Neck bent {0:.0f}° past your neutral on average, at most {1:.0f}° at {2}; {3} at {4:.0f}° or more, where alerts start.</source>
        <translation>Cou fléchi en moyenne de {0:.0f}° au-delà de votre position neutre, au plus de {1:.0f}° à {2} ; {3} à {4:.0f}° ou plus, là où commencent les alertes.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Nothing seated was recorded this week.</source>
        <translation>Aucun temps assis n'a été enregistré cette semaine.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>{0}: {1} (longest stretch {2})</source>
        <translation>{0} : {1} (plus longue période : {2})</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Seated {0} this week. {1}. Most on {2}.</source>
        <translation>Temps assis cette semaine : {0}. {1}. Le plus de temps assis : {2}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>Ready when you are: go at your own pace</source>
        <translation>Quand vous êtes prêt : à votre rythme</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>{0} of {1} — good</source>
        <translation>{0} sur {1} — bien</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>{0} of {1} — well done</source>
        <translation>{0} sur {1} — bravo</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Neck turns</source>
        <translation>Rotations du cou</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall and let your shoulders relax.</source>
        <translation>Asseyez-vous bien droit et relâchez les épaules.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Turn your head slowly to look over your left shoulder; hold for a breath.</source>
        <translation>Tournez lentement la tête pour regarder par-dessus votre épaule gauche ; tenez le temps d'une respiration.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back to the centre, then turn to the right.</source>
        <translation>Revenez au centre, puis tournez vers la droite.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Go only as far as is comfortable.</source>
        <translation>N'allez pas au-delà de ce qui est confortable.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Neck side bends</source>
        <translation>Inclinaisons latérales du cou</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall, shoulders down, looking straight ahead.</source>
        <translation>Asseyez-vous bien droit, épaules basses, regard droit devant.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Tilt your ear gently towards your left shoulder; hold for a breath.</source>
        <translation>Inclinez doucement l'oreille vers l'épaule gauche ; tenez le temps d'une respiration.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back up to the centre, then tilt to the right.</source>
        <translation>Revenez au centre, puis inclinez vers la droite.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Slow neck rolls</source>
        <translation>Roulements lents de la tête</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Drop your chin gently towards your chest.</source>
        <translation>Descendez doucement le menton vers la poitrine.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Roll your head slowly towards one shoulder, then back through the centre to the other.</source>
        <translation>Roulez lentement la tête vers une épaule, puis repassez par le centre vers l'autre.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Keep it slow and small; skip any part that pinches.</source>
        <translation>Allez-y lentement, par petits mouvements ; évitez ce qui coince.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Chin tucks</source>
        <translation>Rentrées du menton</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall, looking straight ahead.</source>
        <translation>Asseyez-vous bien droit, regard droit devant.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Slide your chin straight back, as if making a double chin; keep your eyes level.</source>
        <translation>Rentrez le menton vers l'arrière, comme pour faire un double menton ; gardez le regard à l'horizontale.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Hold for two or three seconds, then relax forward again.</source>
        <translation>Tenez deux ou trois secondes, puis relâchez vers l'avant.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Shoulder shrugs</source>
        <translation>Haussements d'épaules</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let your arms hang loose.</source>
        <translation>Laissez pendre les bras, détendus.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Lift both shoulders up towards your ears and hold for two seconds.</source>
        <translation>Montez les deux épaules vers les oreilles et tenez deux secondes.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let them drop and relax completely.</source>
        <translation>Laissez-les retomber et relâchez complètement.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Shoulder rolls</source>
        <translation>Rotations des épaules</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit or stand tall with your arms relaxed.</source>
        <translation>Assis ou debout, bien droit, les bras détendus.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Circle your shoulders up, back and down, slowly.</source>
        <translation>Faites lentement des cercles avec les épaules : en haut, en arrière, en bas.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Finish with your shoulders low and a little back.</source>
        <translation>Terminez les épaules basses et un peu en arrière.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Hamstring stretch</source>
        <translation>Étirement des ischio-jambiers</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit near the front of your chair with one leg straight, heel on the floor.</source>
        <translation>Asseyez-vous au bord de la chaise, une jambe tendue, talon au sol.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Keep your back long and lean forward from the hips until you feel a gentle stretch.</source>
        <translation>Gardez le dos long et penchez-vous en avant depuis les hanches jusqu'à sentir un léger étirement.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Breathe calmly, then change legs.</source>
        <translation>Respirez calmement, puis changez de jambe.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Standing back extension</source>
        <translation>Extension du dos debout</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Stand with your feet apart and your hands on your lower back.</source>
        <translation>Debout, pieds écartés, les mains sur le bas du dos.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Lean back gently, looking slightly up; only as far as is comfortable.</source>
        <translation>Penchez-vous doucement en arrière, le regard un peu vers le haut ; seulement tant que c'est confortable.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back to standing tall.</source>
        <translation>Revenez debout, bien droit.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>A short walk</source>
        <translation>Une petite marche</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Stand up and walk for a couple of minutes: fetch some water.</source>
        <translation>Levez-vous et marchez quelques minutes : allez chercher de l'eau.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let your arms swing and look at something far away.</source>
        <translation>Laissez balancer les bras et regardez au loin.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/i18n.py"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you for long enough. Sit facing the screen, in the middle of the picture, with your head and shoulders in view.</source>
        <translation>Vous n'avez pas été visible assez longtemps. Placez-vous face à l'écran, au milieu de l'image, la tête et les épaules visibles.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you well. Add light in front of you, sit about an arm's length from the screen and face it.</source>
        <translation>Vous n'étiez pas bien visible. Ajoutez de la lumière devant vous, asseyez-vous à environ une longueur de bras de l'écran et faites-lui face.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Your head moved too much ({0:.1f}°). Sit still, upright, and look straight ahead for a few seconds.</source>
        <translation>Votre tête a trop bougé ({0:.1f}°). Restez immobile, droit, et regardez devant vous quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Away from the desk</source>
        <translation>Loin du bureau</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera in use by another app: not disturbing you</source>
        <translation>Caméra utilisée par une autre appli : DeskGuard ne vous dérange pas</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable</source>
        <translation>Caméra indisponible</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Can't see you well (light, framing or distance)</source>
        <translation>Vous êtes mal visible (lumière, cadrage ou distance)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Models missing: Get the models… in the menu</source>
        <translation>Modèles manquants : « Obtenir les modèles… » dans le menu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Outside work hours</source>
        <translation>Hors des heures de travail</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture looks good</source>
        <translation>Bonne posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture needs attention</source>
        <translation>Posture à surveiller</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Watching the time; calibrate to check posture</source>
        <translation>Suivi du temps ; calibrez pour vérifier la posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>head drifting forward</source>
        <translation>tête projetée en avant</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>neck bent forward</source>
        <translation>cou fléchi vers l'avant</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>too close to the screen</source>
        <translation>trop près de l'écran</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: {0}</source>
        <translation>Posture : {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call: %n reminders held</source>
        <extracomment>Singular: In a call: %n reminder held</extracomment>
        <translation>
            <numerusform>En appel : %n rappel en attente</numerusform>
            <numerusform>En appel : %n rappels en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable: {0}</source>
        <translation>Caméra indisponible : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Keyboard and mouse activity cannot be read here: not watching</source>
        <translation>L'activité du clavier et de la souris ne peut pas être lue ici : aucun suivi</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: off — no camera</source>
        <translation>Posture : désactivée — pas de caméra</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused until {0}</source>
        <translation>En pause jusqu'à {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>microphone</source>
        <translation>micro</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>screen shared</source>
        <translation>écran partagé</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>full-screen app</source>
        <translation>appli en plein écran</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Do Not Disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call ({0}): not disturbing you</source>
        <translation>En appel ({0}) : DeskGuard ne vous dérange pas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/presentation.py"/>
        <source>%n reminders held</source>
        <extracomment>Singular: %n reminder held</extracomment>
        <translation>
            <numerusform>%n rappel en attente</numerusform>
            <numerusform>%n rappels en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call ({0}): {1}</source>
        <translation>En appel ({0}) : {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Reminders snoozed until {0}</source>
        <translation>Rappels suspendus jusqu'à {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break: due now</source>
        <translation>Pause marche : maintenant</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break in {0}</source>
        <translation>Pause marche dans {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position: due now</source>
        <translation>Changer de position : maintenant</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position in {0}</source>
        <translation>Changer de position dans {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Seated today {0}</source>
        <translation>Temps assis aujourd'hui : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>, this stretch {0}</source>
        <translation>, d'affilée : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>probable break (screen locked, asleep or no input)</source>
        <translation>pause probable (écran verrouillé, en veille ou aucune saisie)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>in a call</source>
        <translation>en appel</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>fine</source>
        <translation>bien</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>strain</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>watch</source>
        <translation>vigilance</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: not measured without a camera.</source>
        <translation>Angle du cou : non mesuré sans caméra.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: not calibrated yet. Calibrate (tray menu) so DeskGuard knows your neutral; the neck is then measured from it.</source>
        <translation>Angle du cou : pas encore calibré. Calibrez (menu de l'icône) pour que DeskGuard connaisse votre position neutre ; le cou est ensuite mesuré par rapport à elle.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: no measurement this day.</source>
        <translation>Angle du cou : aucune mesure ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck: on average {0:.0f}° more upright than your calibrated neutral (0° = as you sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held.</source>
        <translation>Cou : en moyenne {0:.0f}° plus redressé que votre position neutre calibrée (0° = votre position lors du calibrage), {1}. DeskGuard alerte à partir de {2:.0f}° maintenus.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck: on average {0:.0f}° past your calibrated neutral (0° = as you sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held.</source>
        <translation>Cou : en moyenne {0:.0f}° au-delà de votre position neutre calibrée (0° = votre position lors du calibrage), {1}. DeskGuard alerte à partir de {2:.0f}° maintenus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n changes of position</source>
        <extracomment>Singular: %n change of position</extracomment>
        <translation>
            <numerusform>%n changement de position</numerusform>
            <numerusform>%n changements de position</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>none on your own, none after a reminder</source>
        <translation>aucun de vous-même, aucun après un rappel</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} on your own, {1} after a reminder</source>
        <translation>{0} de vous-même, {1} après un rappel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n exercises</source>
        <extracomment>Singular: %n exercise</extracomment>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0}, {1} confirmed by the camera</source>
        <translation>{0}, dont {1} confirmés par la caméra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n walk reminders</source>
        <extracomment>Singular: %n walk reminder</extracomment>
        <translation>
            <numerusform>%n rappel de marche</numerusform>
            <numerusform>%n rappels de marche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>you got up before one was needed</source>
        <translation>debout avant tout rappel</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} followed, {1} marked done, {2} ignored</source>
        <translation>{0} suivis, {1} marqués comme faits, {2} ignorés</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} followed, {1} ignored</source>
        <translation>{0} suivis, {1} ignorés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n breaks</source>
        <extracomment>Singular: %n break</extracomment>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>away from the desk</source>
        <translation>loin du bureau</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>plus {0} probable (screen locked or asleep)</source>
        <translation>plus {0} probables (écran verrouillé ou en veille)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0} this week; nothing recorded the week before.</source>
        <translation>Temps assis cette semaine : {0} ; rien d'enregistré la semaine précédente.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0}, the same as the week before.</source>
        <translation>Temps assis : {0}, autant que la semaine précédente.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} less than the week before</source>
        <translation>{0} de moins que la semaine précédente</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} more than the week before</source>
        <translation>{0} de plus que la semaine précédente</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0}: {1}.</source>
        <translation>Temps assis : {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Good posture {0:.0f} % of the judged time</source>
        <translation>Bonne posture pendant {0:.0f} % du temps évalué</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(up {0} points from {1:.0f} %)</source>
        <translation>(+{0} points par rapport à {1:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(down {0} points from {1:.0f} %)</source>
        <translation>(−{0} points par rapport à {1:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(as the week before)</source>
        <translation>(comme la semaine précédente)</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Walk reminders: {0} followed, {1} ignored. Shift reminders: {2} followed, {3} ignored.</source>
        <translation>Rappels de marche : {0} suivis, {1} ignorés. Rappels de changement de position : {2} suivis, {3} ignorés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n days in a row</source>
        <extracomment>Singular: %n day in a row</extracomment>
        <translation>
            <numerusform>%n jour d'affilée</numerusform>
            <numerusform>%n jours d'affilée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Streak: {0} with no stretch over {1} (best this week: {2}).</source>
        <translation>Série : {0} sans période assise de plus de {1} (record de la semaine : {2}).</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>keep it where it is</source>
        <translation>laissez-le où il est</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>raise it by about {0} cm</source>
        <translation>montez-le d'environ {0} cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>lower it by about {0} cm</source>
        <translation>baissez-le d'environ {0} cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>all from keyboard and mouse</source>
        <translation>entièrement d'après le clavier et la souris</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} seen by the camera, {1} from keyboard and mouse</source>
        <translation>{0} d'après la caméra, {1} d'après le clavier et la souris</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Bring your chin back and up so your ears sit over your shoulders.</source>
        <translation>Ramenez le menton en arrière et vers le haut, pour que vos oreilles soient au-dessus des épaules.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Do a few slow neck rolls, then sit tall with your gaze level.</source>
        <translation>Faites quelques roulements lents de la tête, puis asseyez-vous bien droit, le regard à l'horizontale.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Get up, walk to a window and look at something far away.</source>
        <translation>Levez-vous, allez à une fenêtre et regardez au loin.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lean back: the screen should be about an arm's length away.</source>
        <translation>Reculez-vous : l'écran devrait être à environ une longueur de bras.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lengthen your spine: imagine a string pulling the top of your head up.</source>
        <translation>Grandissez-vous : imaginez un fil qui tire le sommet de votre tête vers le haut.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lower the monitor arm or stand.</source>
        <translation>Baissez le bras ou le pied de l'écran.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Plant both feet flat on the floor and sit tall for a moment.</source>
        <translation>Posez les deux pieds à plat au sol et tenez-vous droit un moment.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Push the screen back a little, or make the text larger instead of leaning in.</source>
        <translation>Reculez un peu l'écran, ou agrandissez le texte au lieu de vous pencher.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Put a stand or a few books under the screen.</source>
        <translation>Placez un support ou quelques livres sous l'écran.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise what you are reading to eye level instead of looking down at it.</source>
        <translation>Montez ce que vous lisez à hauteur des yeux au lieu de baisser la tête.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise your chair a little (with a footrest if your feet lift off the floor).</source>
        <translation>Montez un peu votre chaise (avec un repose-pieds si vos pieds ne touchent plus le sol).</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back and down, then let your head follow.</source>
        <translation>Roulez les épaules en arrière et vers le bas, puis laissez suivre la tête.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back five times, slowly.</source>
        <translation>Roulez lentement les épaules en arrière, cinq fois.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Shrug your shoulders up to your ears, hold for two seconds, let them drop.</source>
        <translation>Haussez les épaules jusqu'aux oreilles, tenez deux secondes, relâchez.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back against your chair; zoom the page if the text is small.</source>
        <translation>Calez-vous contre le dossier ; zoomez sur la page si le texte est petit.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back in your chair so it supports your lower back.</source>
        <translation>Asseyez-vous au fond de la chaise pour qu'elle soutienne le bas du dos.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back so your head rests over your shoulders, not in front of them.</source>
        <translation>Reculez-vous pour que votre tête soit au-dessus des épaules, pas devant.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Slide your chin straight back, hold for three seconds, relax.</source>
        <translation>Rentrez le menton vers l'arrière, tenez trois secondes, relâchez.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand and do a hamstring stretch: heel on a low step, lean forward gently.</source>
        <translation>Levez-vous et étirez les ischio-jambiers : talon sur une marche basse, penchez-vous doucement en avant.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up and walk for two or three minutes: fetch some water.</source>
        <translation>Levez-vous et marchez deux ou trois minutes : allez chercher de l'eau.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up, roll your neck slowly and walk a lap before you sit again.</source>
        <translation>Levez-vous, roulez lentement la tête et faites un tour avant de vous rasseoir.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stretch your arms overhead and lengthen your spine.</source>
        <translation>Étirez les bras au-dessus de la tête et grandissez-vous.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Take a short walk around the room or down the corridor.</source>
        <translation>Faites quelques pas dans la pièce ou dans le couloir.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Tuck your chin gently and lengthen the back of your neck.</source>
        <translation>Rentrez doucement le menton et allongez la nuque.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Turn your head gently left, then right, holding each side for a breath.</source>
        <translation>Tournez doucement la tête à gauche, puis à droite, le temps d'une respiration de chaque côté.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Use a laptop stand with a separate keyboard.</source>
        <translation>Utilisez un support d'ordinateur portable avec un clavier séparé.</translation>
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
        <translation>Vous êtes assis depuis {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>After your call: time to stand up and walk</source>
        <translation>Après votre appel : levez-vous et marchez un peu</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to stand up and walk</source>
        <translation>C'est le moment de vous lever et de marcher</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have sat still for {0}.</source>
        <translation>Vous n'avez pas bougé depuis {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have been at your desk for {0}.</source>
        <translation>Vous êtes à votre bureau depuis {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>After your call: time to shift position</source>
        <translation>Après votre appel : changez de position</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to shift position</source>
        <translation>C'est le moment de changer de position</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Walk in {0}</source>
        <translation>Pause marche dans {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Finish your sentence: a walk break is coming up.</source>
        <translation>Terminez votre phrase : une pause marche approche.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your neck is bent forward</source>
        <translation>Votre cou est fléchi vers l'avant</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f}° past your neutral.</source>
        <translation>Environ {0:.0f}° au-delà de votre position neutre.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your head has drifted forward</source>
        <translation>Votre tête s'est avancée</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your ears have dropped towards your shoulders.</source>
        <translation>Vos oreilles se sont rapprochées de vos épaules.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You are very close to the screen</source>
        <translation>Vous êtes très près de l'écran</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f} cm away.</source>
        <translation>Environ {0:.0f} cm de distance.</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Raise your screen by about {0:.0f} cm</source>
        <translation>Montez votre écran d'environ {0:.0f} cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Lower your screen by about {0:.0f} cm</source>
        <translation>Baissez votre écran d'environ {0:.0f} cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Its top edge belongs at or just below eye level.</source>
        <translation>Son bord supérieur doit être à hauteur des yeux ou juste en dessous.</translation>
    </message>
    <message>
        <location filename="../../deskguard/notify/notifier.py"/>
        <source>Preview: {0}</source>
        <translation>Aperçu : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0}°</source>
        <translation>{0}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0} cm</source>
        <translation>{0} cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0} (+{1} probable)</source>
        <translation>{0} (+{1} probables)</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0} ({1} confirmed by the camera)</source>
        <translation>{0} (dont {1} confirmés par la caméra)</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated</source>
        <translation>Temps assis</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch</source>
        <translation>Plus longue période</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Stretches of 1 h or more</source>
        <translation>Périodes d'au moins 1 h</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Walk reminders</source>
        <translation>Rappels de marche</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Changes of position</source>
        <translation>Changements de position</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Good posture</source>
        <translation>Bonne posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Poor posture</source>
        <translation>Mauvaise posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Posture alerts</source>
        <translation>Alertes de posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Neck past neutral</source>
        <translation>Cou au-delà de la position neutre</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated time per day</source>
        <translation>Temps assis par jour</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Hours seated each day: good, poor and unjudged posture.</source>
        <translation>Heures passées assis chaque jour : posture bonne, mauvaise ou non évaluée.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>poor</source>
        <translation>mauvaise</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch seated per day; the dashed line is one hour</source>
        <translation>Plus longue période assise par jour ; la ligne pointillée marque une heure</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Against the week before</source>
        <translation>Par rapport à la semaine précédente</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>not judged</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>seated this week</source>
        <translation>temps assis cette semaine</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>longest stretch seated</source>
        <translation>plus longue période assise</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>stretches of an hour or more</source>
        <translation>périodes d'une heure ou plus</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>breaks away from the desk</source>
        <translation>pauses loin du bureau</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>of judged time in good posture</source>
        <translation>du temps évalué en bonne posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>neck bent past your calibrated neutral, on average</source>
        <translation>de flexion du cou au-delà de votre position neutre calibrée, en moyenne</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Screen height: {0}.</source>
        <translation>Hauteur de l'écran : {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>No screen-height advice.</source>
        <translation>Aucun conseil sur la hauteur de l'écran.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Local time ({0}). Made by DeskGuard on this computer; nothing in it left the machine.</source>
        <translation>Heure locale ({0}). Généré par DeskGuard sur cet ordinateur ; rien de ce rapport n'en est sorti.</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>DeskGuard week {0}</source>
        <translation>DeskGuard — semaine {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Your sitting week, {0}</source>
        <translation>Votre semaine en position assise, {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated time and posture</source>
        <translation>Temps assis et posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>good posture</source>
        <translation>bonne posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>poor posture</source>
        <translation>mauvaise posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch seated each day</source>
        <translation>Plus longue période assise chaque jour</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Day by day</source>
        <translation>Jour par jour</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Some of your settings could not be read. Please check them in Settings.</source>
        <translation>Certains de vos paramètres n'ont pas pu être lus. Veuillez les vérifier dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>No system tray was found, so DeskGuard runs in this small window. Closing it keeps DeskGuard running; use Quit in the menu to stop.</source>
        <translation>Aucune zone de notification n'a été trouvée : DeskGuard fonctionne donc dans cette petite fenêtre. La fermer ne l'arrête pas ; choisissez Quitter dans le menu pour l'arrêter.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&amp;Menu</source>
        <translation>&amp;Menu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs its models</source>
        <translation>DeskGuard a besoin de ses modèles</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot start monitoring</source>
        <translation>DeskGuard ne peut pas démarrer le suivi</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs MediaPipe's face and pose models (Apache-2.0, Google). Download them now from Google's public model bucket?&lt;ul&gt;{0}&lt;/ul&gt;Each file is checked against its published SHA-256. This is the only network access DeskGuard makes. Without them it cannot watch your posture. Later, or to install them from a folder instead, choose &lt;i&gt;Get the models…&lt;/i&gt; in the tray menu.</source>
        <translation>DeskGuard a besoin des modèles de visage et de posture de MediaPipe (Apache-2.0, Google). Les télécharger maintenant depuis le dépôt public de modèles de Google ?&lt;ul&gt;{0}&lt;/ul&gt;Chaque fichier est vérifié grâce à son empreinte SHA-256 publiée. C'est le seul accès au réseau de DeskGuard. Sans eux, il ne peut pas suivre votre posture. Plus tard, ou pour les installer depuis un dossier, choisissez &lt;i&gt;Obtenir les modèles…&lt;/i&gt; dans le menu de l'icône.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading the models…</source>
        <translation>Téléchargement des modèles…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading {0}…</source>
        <translation>Téléchargement de {0}…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>The download was cancelled and nothing was kept. &lt;i&gt;Get the models…&lt;/i&gt; in the tray menu downloads them again or installs them from a folder; DeskGuard also asks the next time it starts.</source>
        <translation>Le téléchargement a été annulé et rien n'a été conservé. &lt;i&gt;Obtenir les modèles…&lt;/i&gt; dans le menu de l'icône les télécharge à nouveau ou les installe depuis un dossier ; DeskGuard vous le demandera aussi au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Download cancelled</source>
        <translation>Téléchargement annulé</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Your settings</source>
        <translation>Vos paramètres</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>About DeskGuard</source>
        <translation>À propos de DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;A sitting-posture monitor that stays on this computer: no picture is ever stored or sent. The only network use is the announced, verified download of MediaPipe's models (Apache-2.0, Google).</source>
        <translation>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;Un suivi de la posture assise qui reste sur cet ordinateur : aucune image n'est jamais enregistrée ni envoyée. Le seul usage du réseau est le téléchargement annoncé et vérifié des modèles de MediaPipe (Apache-2.0, Google).</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot open its history</source>
        <translation>DeskGuard ne peut pas ouvrir son historique</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>%n times each side</source>
        <extracomment>Singular: %n time each side</extracomment>
        <translation>
            <numerusform>%n fois de chaque côté</numerusform>
            <numerusform>%n fois de chaque côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>%n times</source>
        <extracomment>Singular: %n time</extracomment>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} seconds</source>
        <translation>{0} secondes</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} each side</source>
        <translation>{0} de chaque côté</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>A short break</source>
        <translation>Une petite pause</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Keep it: an exercise counts as a change of position</source>
        <translation>Enregistrer l'exercice : il compte comme un changement de position</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Close without doing the exercise</source>
        <translation>Fermer sans faire l'exercice</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Another</source>
        <translation>&amp;Un autre</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Show another exercise</source>
        <translation>Montrer un autre exercice</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>The camera counts along. Press Done when you have finished.</source>
        <translation>La caméra compte avec vous. Appuyez sur Terminé quand vous avez fini.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Press Done when you have finished.</source>
        <translation>Appuyez sur Terminé quand vous avez fini.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done. Press Done to keep it.</source>
        <translation>Bravo. Appuyez sur Terminé pour l'enregistrer.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} s to go</source>
        <translation>Encore {0} s</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done: counted by the camera.</source>
        <translation>Bravo : compté par la caméra.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done.</source>
        <translation>Bravo.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>alert {0:.0f}°</source>
        <translation>alerte {0:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibrate DeskGuard</source>
        <translation>Calibrer DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera preview (not saved)</source>
        <translation>Aperçu de la caméra (non enregistré)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Sit upright, shoulders relaxed, and look straight ahead at the middle of your screen. Press Start and hold still for five seconds.</source>
        <translation>Asseyez-vous droit, épaules détendues, et regardez droit vers le milieu de votre écran. Appuyez sur Démarrer et restez immobile cinq secondes.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration result</source>
        <translation>Résultat du calibrage</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Download the models</source>
        <translation>&amp;Télécharger les modèles</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Fetch the face and pose models from their official source and check them</source>
        <translation>Récupérer les modèles de visage et de posture à leur source officielle et les vérifier</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Desk set-up</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>A name for this desk set-up, e.g. laptop or docked</source>
        <translation>Un nom pour ce poste de travail, p. ex. portable ou station d'accueil</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Des&amp;k set-up:</source>
        <translation>&amp;Poste de travail :</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still for five seconds while DeskGuard learns your upright posture</source>
        <translation>Restez immobile cinq secondes pendant que DeskGuard apprend votre posture droite</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Use this calibration</source>
        <translation>&amp;Utiliser ce calibrage</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Check your posture against this calibration from now on</source>
        <translation>Votre posture sera désormais vérifiée par rapport à ce calibrage</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Loading the models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>it has sent no picture for {0:.0f} seconds</source>
        <translation>elle n'a envoyé aucune image depuis {0:.0f} secondes</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>DeskGuard needs its face and pose models to see you, and they are not installed.</source>
        <translation>DeskGuard a besoin de ses modèles de visage et de posture pour vous voir, et ils ne sont pas installés.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Download them with the button below, or install them from a folder with “Get the models…” in the tray menu. Calibration starts as soon as they are found.</source>
        <translation>Téléchargez-les avec le bouton ci-dessous, ou installez-les depuis un dossier avec « Obtenir les modèles… » dans le menu de l'icône. Le calibrage démarre dès qu'ils sont trouvés.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>No picture from the camera.</source>
        <translation>Aucune image de la caméra.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Plug it in or switch it on, or end any call that uses it; another camera is chosen in Settings, on the Camera tab. DeskGuard keeps trying.</source>
        <translation>Branchez-la ou allumez-la, ou terminez l'appel qui l'utilise ; une autre caméra se choisit dans les Paramètres, onglet Caméra. DeskGuard continue d'essayer.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration stopped: press Start again once you are seen.</source>
        <translation>Calibrage arrêté : appuyez de nouveau sur Démarrer une fois visible.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Downloading {0}: {1} %</source>
        <translation>Téléchargement de {0} : {1} %</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still… {0}</source>
        <translation>Ne bougez plus… {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Bend your head forward: the scale under the picture shows where alerts start.</source>
        <translation>Penchez la tête en avant : l'échelle sous l'image montre où commencent les alertes.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera tilt: {0:.0f}° {1}.</source>
        <translation>Inclinaison de la caméra : {0:.0f}° {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>down</source>
        <translation>vers le bas</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>up</source>
        <translation>vers le haut</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Your neutral head position is found; with “Use this calibration” neck bending is measured from it.</source>
        <translation>La position neutre de votre tête est trouvée ; avec « Utiliser ce calibrage », la flexion du cou sera mesurée par rapport à elle.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Viewing distance: {0:.0f} cm.</source>
        <translation>Distance de vision : {0:.0f} cm.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>The top of your screen is at a good height.</source>
        <translation>Le haut de votre écran est à une bonne hauteur.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Lower</source>
        <translation>Baissez</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Raise</source>
        <translation>Montez</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>{0} your screen by about {1:.0f} cm.</source>
        <translation>{0} votre écran d'environ {1:.0f} cm.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Saved. DeskGuard now checks your posture against it.</source>
        <translation>Enregistré. DeskGuard compare désormais votre posture à ce calibrage.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Camera {0}</source>
        <translation>Caméra {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Recording: {0}</source>
        <translation>Enregistrement : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>The camera DeskGuard looks through, or a recording to watch</source>
        <translation>La caméra par laquelle DeskGuard regarde, ou un enregistrement à observer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>A &amp;recording…</source>
        <translation>Un &amp;enregistrement…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Watch a video file or a folder of pictures instead</source>
        <translation>Observer plutôt un fichier vidéo ou un dossier d'images</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Watch a recording</source>
        <translation>Observer un enregistrement</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.avi *.mkv *.mov *.webm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard — your day</source>
        <translation>DeskGuard — votre journée</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard dashboard</source>
        <translation>Tableau de bord DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ &amp;Previous day</source>
        <translation>◀ Jour &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Next day ▶</source>
        <translation>Jour s&amp;uivant ▶</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The day the cards and the charts show</source>
        <translation>Le jour affiché par les cartes et les graphiques</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Time seated</source>
        <translation>Temps assis</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ Previous &amp;week</source>
        <translation>◀ Semaine pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>Semaine sui&amp;vante ▶</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week shown</source>
        <translation>Semaine affichée</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Export this week…</source>
        <translation>&amp;Exporter cette semaine…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week in words</source>
        <translation>La semaine en mots</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Timeline of the day</source>
        <translation>Chronologie de la journée</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle over the day</source>
        <translation>Angle du cou au fil de la journée</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week</source>
        <translation>La semaine</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>seated this day</source>
        <translation>temps assis ce jour-là</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0} of them an hour or more</source>
        <translation>dont {0} d'une heure ou plus</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>none of an hour or more</source>
        <translation>aucune d'une heure ou plus</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch seated without getting up; {0}</source>
        <translation>plus longue période assise sans se lever ; {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>of the judged time in good posture ({0} good, {1} poor)</source>
        <translation>du temps évalué en bonne posture (bonne : {0}, mauvaise : {1})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>posture not judged this day</source>
        <translation>posture non évaluée ce jour-là</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height: {0} (your eyes sit {1:.0f} cm above its top edge).</source>
        <translation>Hauteur de l'écran : {0} (vos yeux sont à {1:.0f} cm au-dessus de son bord supérieur).</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height is right: its top edge is at or just below eye level.</source>
        <translation>La hauteur de l'écran est bonne : son bord supérieur est à hauteur des yeux ou juste en dessous.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>about an arm's length, good</source>
        <translation>environ une longueur de bras, bien</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>closer than an arm's length</source>
        <translation>plus près qu'une longueur de bras</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>further than usual</source>
        <translation>plus loin que d'habitude</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Viewing distance {0:.0f} cm: {1}.</source>
        <translation>Distance de vision {0:.0f} cm : {1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Seated minutes per quarter hour</source>
        <translation>Minutes passées assis, par quart d'heure</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>keyboard and mouse (no camera)</source>
        <translation>clavier et souris (sans caméra)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: not measured without a camera</source>
        <translation>Angle du cou : non mesuré sans caméra</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: not calibrated, so not measured (calibrate from the tray)</source>
        <translation>Angle du cou : non calibré, donc non mesuré (calibrez depuis l'icône)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle past your calibrated neutral: no measurement this day</source>
        <translation>Angle du cou au-delà de votre position neutre calibrée : aucune mesure ce jour-là</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck: degrees bent past your calibrated neutral (0° = as calibrated)</source>
        <translation>Cou : degrés de flexion au-delà de votre position neutre calibrée (0° = comme au calibrage)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: under {1:.0f}°</source>
        <translation>{0} : moins de {1:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: {1:.0f}–{2:.0f}°</source>
        <translation>{0} : {1:.0f}–{2:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: {1:.0f}° and more, held: alert</source>
        <translation>{0} : {1:.0f}° et plus, maintenus : alerte</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>your neck (10-minute mean)</source>
        <translation>votre cou (moyenne sur 10 minutes)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> (this week)</source>
        <translation> (cette semaine)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&lt;b&gt;Week {0}&lt;/b&gt;, {1}{2}</source>
        <translation>&lt;b&gt;Semaine {0}&lt;/b&gt;, {1}{2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> (plus {0} probable)</source>
        <translation> (plus {0} probables)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Breaks away from the desk: {0}{1}.</source>
        <translation>Pauses loin du bureau : {0}{1}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Exercises: {0}.</source>
        <translation>Exercices : {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Longest stretch seated each day: {0}.</source>
        <translation>Plus longue période assise chaque jour : {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch</source>
        <translation>plus longue période</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: a streak day stays under</source>
        <translation>{0} : limite d'un jour de série</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week {0}: hours seated, and the longest stretch</source>
        <translation>Semaine {0} : heures passées assis et plus longue période</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Snooze 10 min</source>
        <translation>Plus tard (10 min)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Show me</source>
        <translation>Montrez-moi</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Report for reading (HTML, opens in a browser or on a phone)</source>
        <translation>Rapport à lire (HTML, s'ouvre dans un navigateur ou sur un téléphone)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Spreadsheet (CSV, one row per day)</source>
        <translation>Tableur (CSV, une ligne par jour)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Data (JSON, for other programs)</source>
        <translation>Données (JSON, pour d'autres programmes)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export a week — DeskGuard</source>
        <translation>Exporter une semaine — DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export a week</source>
        <translation>Exporter une semaine</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The week whose figures are saved</source>
        <translation>La semaine dont les chiffres sont enregistrés</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Week {0}, {1} – {2}</source>
        <translation>Semaine {0}, {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The kind of file to save</source>
        <translation>Le type de fichier à enregistrer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Where the file is saved</source>
        <translation>L'endroit où le fichier est enregistré</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Week:</source>
        <translation>&amp;Semaine :</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>File name:</source>
        <translation>Nom du fichier :</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export to which folder?</source>
        <translation>Exporter dans quel dossier ?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The folder {0} does not exist; choose another.</source>
        <translation>Le dossier {0} n'existe pas ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The week could not be saved: {0}</source>
        <translation>La semaine n'a pas pu être enregistrée : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>replaced the earlier export of that week</source>
        <translation>remplace l'export précédent de cette semaine</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&lt;b&gt;Week {0} saved.&lt;/b&gt;&lt;br&gt;The file is in &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;named {2}{3}.</source>
        <translation>&lt;b&gt;Semaine {0} enregistrée.&lt;/b&gt;&lt;br&gt;Le fichier se trouve dans &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;sous le nom {2}{3}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Get the models</source>
        <translation>Obtenir les modèles</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>DeskGuard sees you through MediaPipe's face and pose models (Apache-2.0, Google), {0:.0f} MB in all. Download them from Google's public model bucket, or install them from a folder that holds {1}, a USB stick for instance. Either way every file is checked against its published SHA-256. The download is the only network access DeskGuard ever makes.</source>
        <translation>DeskGuard vous voit grâce aux modèles de visage et de posture de MediaPipe (Apache-2.0, Google), {0:.0f} Mo en tout. Téléchargez-les depuis le dépôt public de modèles de Google, ou installez-les depuis un dossier qui contient {1}, une clé USB par exemple. Dans les deux cas, chaque fichier est vérifié grâce à son empreinte SHA-256 publiée. Le téléchargement est le seul accès au réseau qu'effectue DeskGuard.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>What went wrong</source>
        <translation>Ce qui n'a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Fetch the face and pose models from Google's model bucket and check them</source>
        <translation>Récupérer les modèles de visage et de posture depuis le dépôt de Google et les vérifier</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Install from a &amp;folder…</source>
        <translation>Installer depuis un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>They are not installed yet.</source>
        <translation>Ils ne sont pas encore installés.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Not loaded: {0}</source>
        <translation>Non chargé : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Nothing was installed: {0}</source>
        <translation>Rien n'a été installé : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>The folder with the model files</source>
        <translation>Le dossier contenant les fichiers des modèles</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>they could not be copied: {0}</source>
        <translation>ils n'ont pas pu être copiés : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Check my posture every</source>
        <translation>Vérifier ma posture toutes les</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees</source>
        <translation>Angle de vue de la caméra</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera height above the screen's top edge</source>
        <translation>Hauteur de la caméra au-dessus du bord de l'écran</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to shift position after</source>
        <translation>Me rappeler de changer de position après</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to get up and walk after</source>
        <translation>Me rappeler de me lever et de marcher après</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Repeat an ignored walk reminder every</source>
        <translation>Répéter un rappel de marche ignoré toutes les</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break is being away for at least</source>
        <translation>Une pause, c'est une absence d'au moins</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Posture alert sensitivity</source>
        <translation>Sensibilité des alertes de posture</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Alert when a posture is held for</source>
        <translation>Alerter quand une posture est tenue pendant</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Never repeat the same alert within</source>
        <translation>Ne jamais répéter la même alerte avant</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too close is nearer to the screen than</source>
        <translation>Trop près de l'écran, c'est à moins de</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Only during work hours</source>
        <translation>Seulement pendant les heures de travail</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work starts at</source>
        <translation>Début du travail à</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work ends at</source>
        <translation>Fin du travail à</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days</source>
        <translation>Jours de travail</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours from</source>
        <translation>Heures calmes à partir de</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours until</source>
        <translation>Heures calmes jusqu'à</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show notifications</source>
        <translation>Afficher les notifications</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Play a soft sound with them</source>
        <translation>Les accompagner d'un son doux</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A heads-up two minutes before a walk reminder</source>
        <translation>Prévenir deux minutes avant un rappel de marche</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Offer a short exercise with reminders</source>
        <translation>Proposer un court exercice avec les rappels</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Let the camera count the repetitions</source>
        <translation>Laisser la caméra compter les répétitions</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Exercises offered</source>
        <translation>Exercices proposés</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Start DeskGuard when I log in</source>
        <translation>Démarrer DeskGuard à l'ouverture de session</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keep detailed history for</source>
        <translation>Conserver l'historique détaillé pendant</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Notice that I am sitting by</source>
        <translation>Détecter que je suis assis via</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break by keyboard and mouse is no input for</source>
        <translation>Au clavier et à la souris, une pause, c'est une absence de saisie pendant</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera and keyboard/mouse</source>
        <translation>Caméra et clavier/souris</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera only</source>
        <translation>Caméra uniquement</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keyboard and mouse only</source>
        <translation>Clavier et souris uniquement</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>days</source>
        <translation>jours</translation>
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
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Sitting still stiffens the back and neck: a small shift of position every few minutes helps, and a short walk every hour helps more. Being away from the desk for the break time ends a stretch of sitting.</source>
        <translation>Rester assis immobile raidit le dos et la nuque : un petit changement de position toutes les quelques minutes aide, et une courte marche chaque heure aide encore plus. S'éloigner du bureau pendant la durée de pause met fin à une période assise.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Where the desktop allows it, a reminder can be answered on the notification: Done, Snooze 10 min or Skip. Show me sends one now, as you would get it, marked as a preview and not kept in your history.</source>
        <translation>Quand le bureau le permet, on peut répondre à un rappel directement dans la notification : Terminé, Plus tard (10 min) ou Passer. « Montrez-moi » en envoie un maintenant, tel que vous le recevriez, marqué comme aperçu et non conservé dans votre historique.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>An alert comes only when a posture is held for most of the time set here, never for a glance down. Higher sensitivity alerts at a smaller bend of the neck.</source>
        <translation>Une alerte n'apparaît que si une posture est tenue pendant la majeure partie du temps réglé ici, jamais pour un simple coup d'œil vers le bas. Une sensibilité plus élevée alerte dès une flexion du cou plus faible.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Off: DeskGuard watches whenever the computer is in use. On: only on the days and between the times set here.</source>
        <translation>Désactivé : DeskGuard observe dès que l'ordinateur est utilisé. Activé : seulement les jours et entre les heures réglés ici.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours, a lunch break for instance; reminders that fall due then wait until they end. Off by default.</source>
        <translation>Aucune notification pendant les heures calmes, la pause déjeuner par exemple ; les rappels qui tombent à ce moment attendent leur fin. Désactivé par défaut.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees is measured from corner to corner: about 70° for most laptop cameras, 90° or more for a wide-angle webcam. A camera on top of the screen is about 1 cm above its edge; below the screen, give a negative height. No picture is ever stored.</source>
        <translation>L'angle de vue de la caméra se mesure d'un coin à l'autre : environ 70° pour la plupart des caméras d'ordinateur portable, 90° ou plus pour une webcam grand angle. Une caméra posée sur l'écran est à environ 1 cm au-dessus de son bord ; sous l'écran, indiquez une hauteur négative. Aucune image n'est jamais enregistrée.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Without the camera</source>
        <translation>Sans la caméra</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keyboard and mouse show that you are sitting when the camera cannot: in a call, unplugged, in the dark. With keyboard and mouse only, you get seated time and reminders but no posture checks, and the camera is never used. Reading and watching are not breaks, so only a longer silence is.</source>
        <translation>Le clavier et la souris montrent que vous êtes assis quand la caméra ne le peut pas : pendant un appel, caméra débranchée, dans le noir. Avec « Clavier et souris uniquement », vous avez le temps assis et les rappels, mais pas de vérification de la posture, et la caméra n'est jamais utilisée. Lire ou regarder une vidéo ne compte pas comme une pause ; seule une absence de saisie plus longue en est une.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>“Show me” on a reminder, or A short exercise in the tray menu, opens one with its steps. Where it can see them, the camera counts neck turns, side bends, shrugs and chin tucks for as long as the exercise lasts; nothing is counted against you, and Done always counts.</source>
        <translation>« Montrez-moi » sur un rappel, ou Un court exercice dans le menu de l'icône, en ouvre un avec ses étapes. Quand elle les voit, la caméra compte les rotations du cou, les inclinaisons latérales, les haussements d'épaules et les rentrées du menton pendant toute la durée de l'exercice ; rien n'est compté contre vous, et Terminé compte toujours.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A new language takes effect at the next start. Older history is kept as daily totals. Your history, calibrations and settings stay on this computer.</source>
        <translation>Une nouvelle langue s'applique au prochain démarrage. L'historique plus ancien est conservé en totaux quotidiens. Votre historique, vos calibrages et vos paramètres restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Offer this exercise with reminders</source>
        <translation>Proposer cet exercice avec les rappels</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>from {0} to {1}</source>
        <translation>de {0} à {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Shift</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Walk</source>
        <translation>&amp;Marche</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Heads-up</source>
        <translation>Pré&amp;avis</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Neck</source>
        <translation>&amp;Cou</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Head &amp;forward</source>
        <translation>&amp;Tête en avant</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too &amp;close</source>
        <translation>Trop p&amp;rès</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Screen hei&amp;ght</source>
        <translation>&amp;Hauteur d'écran</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera status</source>
        <translation>État de la caméra</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>DeskGuard settings</source>
        <translation>Paramètres de DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Hold notifications in quiet hours</source>
        <translation>Retenir les notifications pendant les heures calmes</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours</source>
        <translation>Aucune notification pendant les heures calmes</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Watch</source>
        <translation>O&amp;bserver</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Send a preview of each kind of notification</source>
        <translation>Envoyer un aperçu de chaque type de notification</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Supprimer toutes mes données…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Your history, calibrations and settings, from this computer; it asks first</source>
        <translation>Supprime votre historique, vos calibrages et vos paramètres de cet ordinateur ; une confirmation est demandée avant</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show me: {0}</source>
        <translation>Montrez-moi : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Send a preview of this notification now</source>
        <translation>Envoyer maintenant un aperçu de cette notification</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No picture: {0} No camera is connected to this computer.</source>
        <translation>Aucune image : {0} Aucune caméra n'est branchée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No picture: {0}</source>
        <translation>Aucune image : {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>In use. No other camera is connected.</source>
        <translation>Utilisée. Aucune autre caméra n'est branchée.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>In use. Cameras connected: {0}.</source>
        <translation>Utilisée. Caméras branchées : {0}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>As the system ({0})</source>
        <translation>Comme le système ({0})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Watch on this day, in the work hours</source>
        <translation>Observer ce jour-là, pendant les heures de travail</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: off</source>
        <translation>Heures de travail : désactivées</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: on</source>
        <translation>Heures de travail : activées</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: off</source>
        <translation>Heures calmes : désactivées</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: {0} to {1}</source>
        <translation>Heures calmes : de {0} à {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>{0}: {1} is out of range; choose {2}.</source>
        <translation>{0} : {1} est hors limites ; choisissez {2}.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days: tick at least one day.</source>
        <translation>Jours de travail : cochez au moins un jour.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: the start and the end are the same time.</source>
        <translation>Heures de travail : le début et la fin sont à la même heure.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Exercises: tick at least one, or switch them off.</source>
        <translation>Exercices : cochez-en au moins un, ou désactivez-les.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: the start and the end are the same time; untick Quiet hours for none.</source>
        <translation>Heures calmes : le début et la fin sont à la même heure ; décochez Heures calmes pour n'en avoir aucune.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Not applied: </source>
        <translation>Non appliqué : </translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Delete all your data?</source>
        <translation>Supprimer toutes vos données ?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>This deletes your sitting history, your calibrations and your settings from this computer. It cannot be undone.</source>
        <translation>Cela supprime de cet ordinateur votre historique de position assise, vos calibrages et vos paramètres. C'est irréversible.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>DeskGuard menu</source>
        <translation>Menu de DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Get the models…</source>
        <translation>&amp;Obtenir les modèles…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;30 minutes</source>
        <translation>Pendant &amp;30 minutes</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;1 hour</source>
        <translation>Pendant &amp;1 heure</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Until &amp;tomorrow</source>
        <translation>Jusqu'à &amp;demain</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;how long…</source>
        <translation>&amp;Combien de temps…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Snooze reminders for 15 minutes</source>
        <translation>&amp;Suspendre les rappels 15 minutes</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze</source>
        <translation>&amp;Lever la suspension</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>A short e&amp;xercise…</source>
        <translation>Un court e&amp;xercice…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Calibrate…</source>
        <translation>&amp;Calibrer…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Desk set-&amp;up</source>
        <translation>Poste de &amp;travail</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Dashboard…</source>
        <translation>Tableau de &amp;bord…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Se&amp;ttings…</source>
        <translation>P&amp;aramètres…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;About DeskGuard</source>
        <translation>À propos de &amp;DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause DeskGuard</source>
        <translation>Mettre DeskGuard en pause</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause for how many minutes?</source>
        <translation>Combien de minutes de pause ?</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze (until {0})</source>
        <translation>&amp;Lever la suspension (jusqu'à {0})</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>GNOME shows no tray icons by itself. Install the AppIndicator extension (&lt;tt&gt;{0}&lt;/tt&gt;), log out and in again, and turn on “AppIndicator and KStatusNotifierItem Support” in the Extensions app; DeskGuard's icon then appears at the top right.</source>
        <translation>GNOME n'affiche pas d'icônes de notification par lui-même. Installez l'extension AppIndicator (&lt;tt&gt;{0}&lt;/tt&gt;), déconnectez-vous et reconnectez-vous, puis activez « AppIndicator and KStatusNotifierItem Support » dans l'application Extensions ; l'icône de DeskGuard apparaît alors en haut à droite.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Your desktop shows no system tray. Add a tray (“notification area” or “status notifier”) to your panel, then start DeskGuard again.</source>
        <translation>Votre bureau n'affiche pas de zone de notification. Ajoutez-en une (« zone de notification » ou « status notifier ») à votre panneau, puis relancez DeskGuard.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Welcome to DeskGuard</source>
        <translation>Bienvenue dans DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Every few seconds DeskGuard looks through your camera to see how your neck is bent, how close you sit and whether your screen is at eye level. It reminds you to change position every {0} and to get up and walk every {1}, and says so when a strained posture lasts.</source>
        <translation>Toutes les quelques secondes, DeskGuard observe par votre caméra la flexion de votre cou, la distance à laquelle vous êtes assis et si votre écran est à hauteur des yeux. Il vous rappelle de changer de position toutes les {0} et de vous lever pour marcher toutes les {1}, et vous prévient quand une posture contraignante se prolonge.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No picture is ever stored or sent.</source>
        <translation>Aucune image n'est jamais enregistrée ni envoyée.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Each picture is measured in memory and forgotten. Your history stays on this computer. The only network use is the one-time download of the face and pose models, and DeskGuard asks before it.</source>
        <translation>Chaque image est mesurée en mémoire puis oubliée. Votre historique reste sur cet ordinateur. Le seul usage du réseau est le téléchargement unique des modèles de visage et de posture, et DeskGuard vous le demande avant.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Show the &amp;preview again</source>
        <translation>Afficher à nouveau l'a&amp;perçu</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>You should see yourself here, head and shoulders. The picture is only shown, never saved.</source>
        <translation>Vous devriez vous voir ici, tête et épaules. L'image est seulement affichée, jamais enregistrée.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Use &amp;keyboard and mouse only</source>
        <translation>Clavier et souris &amp;uniquement</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Count sitting time from your keyboard and mouse; posture needs a camera</source>
        <translation>Compter le temps assis d'après le clavier et la souris ; la posture demande une caméra</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No camera was found on this computer.</source>
        <translation>Aucune caméra n'a été trouvée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Calibrate</source>
        <translation>Calibrer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Sit upright and comfortable, and let DeskGuard learn that posture in five seconds: neck bending is then measured from it. You can do it later from the tray menu.</source>
        <translation>Asseyez-vous droit et confortablement, et laissez DeskGuard apprendre cette posture en cinq secondes : la flexion du cou est ensuite mesurée par rapport à elle. Vous pouvez aussi le faire plus tard depuis le menu de l'icône.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>&amp;Calibrate now…</source>
        <translation>&amp;Calibrer maintenant…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Where DeskGuard lives</source>
        <translation>Où trouver DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard's tray icon</source>
        <translation>L'icône de DeskGuard dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard runs in the top bar, with this icon. Click it for the menu: pause, calibrate, settings, quit; double-click it for today's dashboard. Its shape and colour show how things are.</source>
        <translation>DeskGuard fonctionne dans la barre supérieure, avec cette icône. Cliquez dessus pour le menu : pause, calibrer, paramètres, quitter ; double-cliquez pour le tableau de bord du jour. Sa forme et sa couleur indiquent où vous en êtes.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard runs in the system tray, with this icon, at the top or bottom edge of your screen. Click it for today's dashboard; right-click it for the menu: pause, calibrate, settings, quit. Its shape and colour show how things are.</source>
        <translation>DeskGuard fonctionne dans la zone de notification, avec cette icône, en haut ou en bas de votre écran. Cliquez dessus pour le tableau de bord du jour ; clic droit pour le menu : pause, calibrer, paramètres, quitter. Sa forme et sa couleur indiquent où vous en êtes.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No system tray was found, so DeskGuard runs in a small window instead.</source>
        <translation>Aucune zone de notification n'a été trouvée : DeskGuard fonctionne donc dans une petite fenêtre.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>&amp;Start watching</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard counts how long you sit from your keyboard and mouse. It reminds you to change position every {0} and to get up and walk every {1}. Posture needs a camera: choose one in Settings when you have one.</source>
        <translation>DeskGuard compte le temps que vous passez assis d'après votre clavier et votre souris. Il vous rappelle de changer de position toutes les {0} et de vous lever pour marcher toutes les {1}. La posture demande une caméra : choisissez-en une dans les Paramètres quand vous en aurez une.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Preview stopped.</source>
        <translation>Aperçu arrêté.</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard needs its face and pose models before it can see you.</source>
        <translation>DeskGuard a besoin de ses modèles de visage et de posture avant de pouvoir vous voir.</translation>
    </message>
</context>
</TS>
