<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DeskGuard</name>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Nothing seated was recorded this day.</source>
        <translation>この日は着座の記録がありません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Seated {0} between {1} and {2}; longest stretch {3} from {4}.</source>
        <translation>{1}〜{2} の着座時間は {0} です。最長連続着座は {4} からの {3} です。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Posture good for {0}, poor for {1}.</source>
        <translation>良い姿勢は {0}、悪い姿勢は {1} でした。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Neck angle not measured: DeskGuard is not calibrated yet.</source>
        <translation>首の角度は未測定です。DeskGuard はまだキャリブレーションされていません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>No neck angle was measured this day.</source>
        <translation>この日は首の角度を測定していません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Neck bent {0:.0f}° past your neutral on average, at most {1:.0f}° at {2}; {3} at {4:.0f}° or more, where alerts start.</source>
        <translation>首の前屈はニュートラルより平均 {0:.0f}°、最大は {2} の {1:.0f}° でした。通知が始まる {4:.0f}° 以上だった時間は {3} です。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Nothing seated was recorded this week.</source>
        <translation>今週は着座の記録がありません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>{0}: {1} (longest stretch {2})</source>
        <translation>{0}: {1}（最長連続着座 {2}）</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/chart_summary.py"/>
        <source>Seated {0} this week. {1}. Most on {2}.</source>
        <translation>今週の着座時間は {0} です。{1}。最も長かったのは {2} です。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>Ready when you are: go at your own pace</source>
        <translation>準備ができたら、ご自分のペースでどうぞ</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>{0} of {1} — good</source>
        <translation>{0} / {1} — いいですね</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercise_counter.py"/>
        <source>{0} of {1} — well done</source>
        <translation>{0} / {1} — よくできました</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Neck turns</source>
        <translation>首の回旋</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall and let your shoulders relax.</source>
        <translation>背筋を伸ばして座り、肩の力を抜きましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Turn your head slowly to look over your left shoulder; hold for a breath.</source>
        <translation>ゆっくり頭を回して左肩越しに後ろを見ます。ひと呼吸キープします。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back to the centre, then turn to the right.</source>
        <translation>正面に戻り、次は右へ回します。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Go only as far as is comfortable.</source>
        <translation>無理のない範囲で行いましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Neck side bends</source>
        <translation>首の側屈</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall, shoulders down, looking straight ahead.</source>
        <translation>背筋を伸ばし、肩を下げて、まっすぐ前を見ます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Tilt your ear gently towards your left shoulder; hold for a breath.</source>
        <translation>耳をそっと左肩に近づけるように首を傾け、ひと呼吸キープします。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back up to the centre, then tilt to the right.</source>
        <translation>正面に戻り、次は右へ傾けます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Slow neck rolls</source>
        <translation>ゆっくり首回し</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Drop your chin gently towards your chest.</source>
        <translation>あごをそっと胸のほうへ下ろします。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Roll your head slowly towards one shoulder, then back through the centre to the other.</source>
        <translation>頭をゆっくり片方の肩のほうへ回し、正面を通って反対側の肩へ回します。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Keep it slow and small; skip any part that pinches.</source>
        <translation>ゆっくり小さく動かしましょう。詰まる感じや痛みがある動きは飛ばしてください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Chin tucks</source>
        <translation>チンタック（あご引き）</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit tall, looking straight ahead.</source>
        <translation>背筋を伸ばし、まっすぐ前を見ます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Slide your chin straight back, as if making a double chin; keep your eyes level.</source>
        <translation>二重あごを作るように、あごをまっすぐ後ろへ引きます。目線は水平に保ちます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Hold for two or three seconds, then relax forward again.</source>
        <translation>2〜3 秒キープしたら、力を抜いて元に戻します。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Shoulder shrugs</source>
        <translation>肩すくめ</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let your arms hang loose.</source>
        <translation>腕の力を抜いて下ろします。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Lift both shoulders up towards your ears and hold for two seconds.</source>
        <translation>両肩を耳のほうへ引き上げ、2 秒キープします。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let them drop and relax completely.</source>
        <translation>ストンと下ろして、完全に力を抜きます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Shoulder rolls</source>
        <translation>肩回し</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit or stand tall with your arms relaxed.</source>
        <translation>腕の力を抜き、背筋を伸ばして座るか立ちます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Circle your shoulders up, back and down, slowly.</source>
        <translation>肩を上、後ろ、下へとゆっくり回します。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Finish with your shoulders low and a little back.</source>
        <translation>最後は肩を下げ、少し後ろに引いた位置で終えます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Hamstring stretch</source>
        <translation>ハムストリングのストレッチ</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Sit near the front of your chair with one leg straight, heel on the floor.</source>
        <translation>椅子に浅く座り、片脚を伸ばしてかかとを床につけます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Keep your back long and lean forward from the hips until you feel a gentle stretch.</source>
        <translation>背中をまっすぐ保ったまま、心地よく伸びを感じるところまで股関節から前に倒します。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Breathe calmly, then change legs.</source>
        <translation>落ち着いて呼吸し、脚を替えます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Standing back extension</source>
        <translation>立位での腰の伸展</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Stand with your feet apart and your hands on your lower back.</source>
        <translation>足を開いて立ち、両手を腰に当てます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Lean back gently, looking slightly up; only as far as is comfortable.</source>
        <translation>少し上を見ながら、そっと後ろに反らします。無理のない範囲で行いましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Come back to standing tall.</source>
        <translation>まっすぐ立った姿勢に戻ります。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>A short walk</source>
        <translation>少し歩きましょう</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Stand up and walk for a couple of minutes: fetch some water.</source>
        <translation>立ち上がって 2〜3 分歩きましょう。水を汲みに行くのもおすすめです。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/exercises.py"/>
        <source>Let your arms swing and look at something far away.</source>
        <translation>腕を自然に振り、遠くのものを眺めましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/i18n.py"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you for long enough. Sit facing the screen, in the middle of the picture, with your head and shoulders in view.</source>
        <translation>十分な時間、姿を確認できませんでした。画面に向かって映像の中央に座り、頭と肩が映るようにしてください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Could not see you well. Add light in front of you, sit about an arm's length from the screen and face it.</source>
        <translation>姿がよく見えませんでした。顔の正面から明かりを当て、画面から腕の長さほど離れて、画面に向かって座ってください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/posture.py"/>
        <source>Your head moved too much ({0:.1f}°). Sit still, upright, and look straight ahead for a few seconds.</source>
        <translation>頭が大きく動きすぎました（{0:.1f}°）。数秒間、背筋を伸ばしてじっと座り、まっすぐ前を見てください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Away from the desk</source>
        <translation>離席中</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera in use by another app: not disturbing you</source>
        <translation>カメラは他のアプリで使用中です。お知らせは控えます</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable</source>
        <translation>カメラを使用できません</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Can't see you well (light, framing or distance)</source>
        <translation>姿がよく見えません（明るさ、映り方、距離）</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Models missing: Get the models… in the menu</source>
        <translation>モデルがありません。メニューの「モデルを入手…」から入手してください</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Outside work hours</source>
        <translation>勤務時間外</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture looks good</source>
        <translation>良い姿勢です</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture needs attention</source>
        <translation>姿勢に注意が必要です</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Watching the time; calibrate to check posture</source>
        <translation>座っている時間を計測中。姿勢を見るにはキャリブレーションしてください</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>head drifting forward</source>
        <translation>頭部前方姿勢</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>neck bent forward</source>
        <translation>首の前屈</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>too close to the screen</source>
        <translation>画面に近すぎ</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: {0}</source>
        <translation>姿勢: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call: %n reminders held</source>
        <extracomment>Singular: In a call: %n reminder held</extracomment>
        <translation>
            <numerusform>通話中: リマインダー %n 件を保留中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Camera unavailable: {0}</source>
        <translation>カメラを使用できません: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Keyboard and mouse activity cannot be read here: not watching</source>
        <translation>キーボードとマウスの操作を読み取れないため、見守っていません</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Posture: off — no camera</source>
        <translation>姿勢: オフ — カメラなし</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Paused until {0}</source>
        <translation>{0} まで一時停止中</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>screen shared</source>
        <translation>画面共有</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>full-screen app</source>
        <translation>全画面アプリ</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Do Not Disturb</source>
        <translation>おやすみモード</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call ({0}): not disturbing you</source>
        <translation>通話中（{0}）。お知らせは控えます</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/presentation.py"/>
        <source>%n reminders held</source>
        <extracomment>Singular: %n reminder held</extracomment>
        <translation>
            <numerusform>リマインダー %n 件を保留中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>In a call ({0}): {1}</source>
        <translation>通話中（{0}）: {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Reminders snoozed until {0}</source>
        <translation>{0} までリマインダーをスヌーズ中</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break: due now</source>
        <translation>立ち歩き休憩の時間です</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Walk break in {0}</source>
        <translation>立ち歩き休憩まで {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position: due now</source>
        <translation>姿勢を変える時間です</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Shift position in {0}</source>
        <translation>姿勢を変えるまで {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>Seated today {0}</source>
        <translation>今日の着座時間 {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/presentation.py"/>
        <source>, this stretch {0}</source>
        <translation>、連続 {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>probable break (screen locked, asleep or no input)</source>
        <translation>推定される休憩（画面ロック、スリープ、または操作なし）</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>in a call</source>
        <translation>通話中</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>fine</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>strain</source>
        <translation>負担大</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>watch</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: not measured without a camera.</source>
        <translation>首の角度: カメラなしでは測定しません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: not calibrated yet. Calibrate (tray menu) so DeskGuard knows your neutral; the neck is then measured from it.</source>
        <translation>首の角度: まだキャリブレーションしていません。トレイメニューからキャリブレーションすると、DeskGuard があなたのニュートラル姿勢を覚え、そこから首の角度を測ります。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck angle: no measurement this day.</source>
        <translation>首の角度: この日は測定がありません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck: on average {0:.0f}° more upright than your calibrated neutral (0° = as you sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held.</source>
        <translation>首: 平均すると、キャリブレーションしたニュートラル（0° = キャリブレーション時の座り方）より {0:.0f}° 起きた姿勢でした（{1}）。DeskGuard は {2:.0f}° 以上が続くとお知らせします。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Neck: on average {0:.0f}° past your calibrated neutral (0° = as you sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held.</source>
        <translation>首: 平均すると、キャリブレーションしたニュートラル（0° = キャリブレーション時の座り方）より {0:.0f}° 前屈していました（{1}）。DeskGuard は {2:.0f}° 以上が続くとお知らせします。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n changes of position</source>
        <extracomment>Singular: %n change of position</extracomment>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>none on your own, none after a reminder</source>
        <translation>自分から 0 回、リマインダー後 0 回</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} on your own, {1} after a reminder</source>
        <translation>自分から {0} 回、リマインダー後 {1} 回</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n exercises</source>
        <extracomment>Singular: %n exercise</extracomment>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0}, {1} confirmed by the camera</source>
        <translation>{0}（うちカメラで確認 {1} 回）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n walk reminders</source>
        <extracomment>Singular: %n walk reminder</extracomment>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>you got up before one was needed</source>
        <translation>リマインダーの前に自分で立ち上がりました</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} followed, {1} marked done, {2} ignored</source>
        <translation>{0} 件実行、{1} 件を完了と回答、{2} 件無視</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} followed, {1} ignored</source>
        <translation>{0} 回対応、{1} 回見送り</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n breaks</source>
        <extracomment>Singular: %n break</extracomment>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>away from the desk</source>
        <translation>離席</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>plus {0} probable (screen locked or asleep)</source>
        <translation>ほかに推定 {0} 回（画面ロックまたはスリープ）</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0} this week; nothing recorded the week before.</source>
        <translation>今週の着座時間は {0}。前週の記録はありません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0}, the same as the week before.</source>
        <translation>着座時間は {0}。前週と同じです。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} less than the week before</source>
        <translation>前週より {0} 減</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} more than the week before</source>
        <translation>前週より {0} 増</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Seated {0}: {1}.</source>
        <translation>着座時間 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Good posture {0:.0f} % of the judged time</source>
        <translation>判定できた時間のうち {0:.0f} % が良い姿勢</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(up {0} points from {1:.0f} %)</source>
        <translation>（{1:.0f} % から {0} ポイント上昇）</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(down {0} points from {1:.0f} %)</source>
        <translation>（{1:.0f} % から {0} ポイント低下）</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>(as the week before)</source>
        <translation>（前週と同じ）</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Walk reminders: {0} followed, {1} ignored. Shift reminders: {2} followed, {3} ignored.</source>
        <translation>立ち歩きリマインダー: {0} 回対応、{1} 回見送り。姿勢変更リマインダー: {2} 回対応、{3} 回見送り。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/core/review.py"/>
        <source>%n days in a row</source>
        <extracomment>Singular: %n day in a row</extracomment>
        <translation>
            <numerusform>%n 日連続</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>Streak: {0} with no stretch over {1} (best this week: {2}).</source>
        <translation>連続記録: {1} を超えて座り続けなかった日が {0}（今週の最高: {2} 日）。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>keep it where it is</source>
        <translation>今の高さのままで問題ありません</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>raise it by about {0} cm</source>
        <translation>約 {0} cm 上げましょう</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>lower it by about {0} cm</source>
        <translation>約 {0} cm 下げましょう</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>all from keyboard and mouse</source>
        <translation>すべてキーボードとマウスで検出</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/review.py"/>
        <source>{0} seen by the camera, {1} from keyboard and mouse</source>
        <translation>カメラで確認 {0}、キーボードとマウスで検出 {1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Bring your chin back and up so your ears sit over your shoulders.</source>
        <translation>あごを引いて頭を起こし、耳が肩の真上に来るようにしましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Do a few slow neck rolls, then sit tall with your gaze level.</source>
        <translation>ゆっくり首回しを数回行い、目線を水平にして背筋を伸ばして座りましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Get up, walk to a window and look at something far away.</source>
        <translation>立ち上がって窓辺まで歩き、遠くのものを眺めましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lean back: the screen should be about an arm's length away.</source>
        <translation>少し後ろに下がりましょう。画面は腕の長さほど離すのが目安です。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lengthen your spine: imagine a string pulling the top of your head up.</source>
        <translation>背骨を伸ばしましょう。頭のてっぺんが糸で引き上げられるイメージです。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Lower the monitor arm or stand.</source>
        <translation>モニターアームかスタンドを下げましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Plant both feet flat on the floor and sit tall for a moment.</source>
        <translation>両足の裏を床にしっかりつけ、少しの間背筋を伸ばして座りましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Push the screen back a little, or make the text larger instead of leaning in.</source>
        <translation>前のめりになる代わりに、画面を少し奥へ離すか、文字を大きくしましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Put a stand or a few books under the screen.</source>
        <translation>画面の下にスタンドか本を数冊置きましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise what you are reading to eye level instead of looking down at it.</source>
        <translation>読むものは見下ろさず、目の高さまで上げましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Raise your chair a little (with a footrest if your feet lift off the floor).</source>
        <translation>椅子を少し高くしましょう（足が床から浮く場合はフットレストを使いましょう）。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back and down, then let your head follow.</source>
        <translation>肩を後ろ下方へ回し、頭もそれに合わせて戻しましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Roll your shoulders back five times, slowly.</source>
        <translation>肩をゆっくり後ろへ 5 回回しましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Shrug your shoulders up to your ears, hold for two seconds, let them drop.</source>
        <translation>肩を耳まですくめて 2 秒キープし、ストンと下ろしましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back against your chair; zoom the page if the text is small.</source>
        <translation>椅子に深く座り直しましょう。文字が小さければページを拡大しましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back in your chair so it supports your lower back.</source>
        <translation>椅子に深く座り、腰を背もたれで支えましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Sit back so your head rests over your shoulders, not in front of them.</source>
        <translation>深く座り直し、頭が肩の前ではなく真上に来るようにしましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Slide your chin straight back, hold for three seconds, relax.</source>
        <translation>あごをまっすぐ後ろに引いて 3 秒キープし、力を抜きましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand and do a hamstring stretch: heel on a low step, lean forward gently.</source>
        <translation>立ってハムストリングのストレッチをしましょう。かかとを低い段に乗せ、そっと前に倒します。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up and walk for two or three minutes: fetch some water.</source>
        <translation>立ち上がって 2〜3 分歩きましょう。水を汲みに行くのもおすすめです。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stand up, roll your neck slowly and walk a lap before you sit again.</source>
        <translation>立ち上がってゆっくり首を回し、ひと回り歩いてから座りましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Stretch your arms overhead and lengthen your spine.</source>
        <translation>両腕を頭上に伸ばし、背骨を伸ばしましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Take a short walk around the room or down the corridor.</source>
        <translation>部屋の中や廊下を少し歩きましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Tuck your chin gently and lengthen the back of your neck.</source>
        <translation>あごを軽く引き、首の後ろを伸ばしましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Turn your head gently left, then right, holding each side for a breath.</source>
        <translation>頭をゆっくり左、次に右へ回し、それぞれひと呼吸キープしましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/suggestions.py"/>
        <source>Use a laptop stand with a separate keyboard.</source>
        <translation>ノートパソコンスタンドと外付けキーボードを使いましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} min</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} h</source>
        <translation>{0} 時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>{0} h {1:02d} min</source>
        <translation>{0} 時間 {1:02d} 分</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have been sitting for {0}.</source>
        <translation>{0} 座り続けています。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>After your call: time to stand up and walk</source>
        <translation>通話が終わったら、立って歩きましょう</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to stand up and walk</source>
        <translation>立って歩く時間です</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have sat still for {0}.</source>
        <translation>{0} 同じ姿勢のままです。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You have been at your desk for {0}.</source>
        <translation>デスクに向かって {0} になります。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>After your call: time to shift position</source>
        <translation>通話が終わったら、姿勢を変えましょう</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Time to shift position</source>
        <translation>姿勢を変える時間です</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Walk in {0}</source>
        <translation>{0} 後に立ち歩き休憩</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Finish your sentence: a walk break is coming up.</source>
        <translation>キリのいいところで区切りましょう。まもなく立ち歩き休憩です。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your neck is bent forward</source>
        <translation>首が前に曲がっています</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f}° past your neutral.</source>
        <translation>ニュートラルより約 {0:.0f}° 前屈しています。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your head has drifted forward</source>
        <translation>頭が前に出ています</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Your ears have dropped towards your shoulders.</source>
        <translation>耳が肩のほうへ下がっています。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>You are very close to the screen</source>
        <translation>画面にとても近づいています</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>About {0:.0f} cm away.</source>
        <translation>距離は約 {0:.0f} cm です。</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Raise your screen by about {0:.0f} cm</source>
        <translation>画面を約 {0:.0f} cm 上げましょう</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Lower your screen by about {0:.0f} cm</source>
        <translation>画面を約 {0:.0f} cm 下げましょう</translation>
    </message>
    <message>
        <location filename="../../deskguard/core/wording.py"/>
        <source>Its top edge belongs at or just below eye level.</source>
        <translation>画面の上端は目の高さか、そのすぐ下が適切です。</translation>
    </message>
    <message>
        <location filename="../../deskguard/notify/notifier.py"/>
        <source>Preview: {0}</source>
        <translation>プレビュー: {0}</translation>
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
        <translation>{0}（ほかに推定 {1}）</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>{0} ({1} confirmed by the camera)</source>
        <translation>{0}（うちカメラで確認 {1}）</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated</source>
        <translation>着座時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch</source>
        <translation>最長連続着座</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Stretches of 1 h or more</source>
        <translation>1 時間以上の連続着座</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Breaks</source>
        <translation>休憩</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Walk reminders</source>
        <translation>立ち歩きリマインダー</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Changes of position</source>
        <translation>姿勢の変化</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Exercises</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Good posture</source>
        <translation>良い姿勢</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Poor posture</source>
        <translation>悪い姿勢</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Posture alerts</source>
        <translation>姿勢の通知</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Neck past neutral</source>
        <translation>ニュートラルからの首の前屈</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated time per day</source>
        <translation>1 日ごとの着座時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Hours seated each day: good, poor and unjudged posture.</source>
        <translation>各日の着座時間を、良い姿勢、悪い姿勢、判定なしに分けて示します。</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>good</source>
        <translation>良い</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>poor</source>
        <translation>悪い</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch seated per day; the dashed line is one hour</source>
        <translation>各日の最長連続着座（破線は 1 時間）</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Against the week before</source>
        <translation>前週との比較</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>not judged</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>seated this week</source>
        <translation>今週の着座時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>longest stretch seated</source>
        <translation>最長連続着座</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>stretches of an hour or more</source>
        <translation>1 時間以上の連続着座</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>breaks away from the desk</source>
        <translation>離席による休憩</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>of judged time in good posture</source>
        <translation>判定できた時間のうち良い姿勢の割合</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>neck bent past your calibrated neutral, on average</source>
        <translation>キャリブレーションしたニュートラルからの首の前屈（平均）</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Screen height: {0}.</source>
        <translation>画面の高さ: {0}。</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>No screen-height advice.</source>
        <translation>画面の高さについてのアドバイスはありません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Local time ({0}). Made by DeskGuard on this computer; nothing in it left the machine.</source>
        <translation>現地時刻（{0}）。このコンピューター上で DeskGuard が作成しました。内容がこのコンピューターの外に送られたことはありません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>DeskGuard week {0}</source>
        <translation>DeskGuard 週間レポート {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Your sitting week, {0}</source>
        <translation>1 週間の座り方（{0}）</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Seated time and posture</source>
        <translation>着座時間と姿勢</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>good posture</source>
        <translation>良い姿勢</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>poor posture</source>
        <translation>悪い姿勢</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Longest stretch seated each day</source>
        <translation>各日の最長連続着座</translation>
    </message>
    <message>
        <location filename="../../deskguard/report/export.py"/>
        <source>Day by day</source>
        <translation>日ごとの記録</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Some of your settings could not be read. Please check them in Settings.</source>
        <translation>一部の設定を読み込めませんでした。「設定」で確認してください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>No system tray was found, so DeskGuard runs in this small window. Closing it keeps DeskGuard running; use Quit in the menu to stop.</source>
        <translation>システムトレイが見つからないため、DeskGuard はこの小さなウィンドウで動作します。閉じても DeskGuard は動き続けます。止めるにはメニューの「終了」を使ってください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&amp;Menu</source>
        <translation>メニュー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs its models</source>
        <translation>DeskGuard にはモデルが必要です</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot start monitoring</source>
        <translation>DeskGuard は見守りを開始できません</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard needs MediaPipe's face and pose models (Apache-2.0, Google). Download them now from Google's public model bucket?&lt;ul&gt;{0}&lt;/ul&gt;Each file is checked against its published SHA-256. This is the only network access DeskGuard makes. Without them it cannot watch your posture. Later, or to install them from a folder instead, choose &lt;i&gt;Get the models…&lt;/i&gt; in the tray menu.</source>
        <translation>DeskGuard には MediaPipe の顔と姿勢のモデル（Apache-2.0、Google）が必要です。Google の公開モデルバケットから今すぐダウンロードしますか？&lt;ul&gt;{0}&lt;/ul&gt;各ファイルは公開されている SHA-256 と照合されます。DeskGuard がネットワークにアクセスするのはこのときだけです。モデルがないと姿勢を見守れません。後で行う場合や、フォルダーからインストールする場合は、トレイメニューの &lt;i&gt;モデルを入手…&lt;/i&gt; を選んでください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading the models…</source>
        <translation>モデルをダウンロードしています…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Downloading {0}…</source>
        <translation>{0} をダウンロードしています…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>The download was cancelled and nothing was kept. &lt;i&gt;Get the models…&lt;/i&gt; in the tray menu downloads them again or installs them from a folder; DeskGuard also asks the next time it starts.</source>
        <translation>ダウンロードは中止され、何も保存されていません。トレイメニューの &lt;i&gt;モデルを入手…&lt;/i&gt; から再度ダウンロードするか、フォルダーからインストールできます。次回の起動時にも DeskGuard からお尋ねします。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Download cancelled</source>
        <translation>ダウンロードを中止しました</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>Your settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>About DeskGuard</source>
        <translation>DeskGuard について</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;A sitting-posture monitor that stays on this computer: no picture is ever stored or sent. The only network use is the announced, verified download of MediaPipe's models (Apache-2.0, Google).</source>
        <translation>&lt;b&gt;DeskGuard {0}&lt;/b&gt;&lt;br&gt;このコンピューターの中だけで動く座り姿勢モニターです。画像が保存・送信されることは一切ありません。ネットワークを使うのは、事前にお知らせし検証も行う MediaPipe のモデル（Apache-2.0、Google）のダウンロードだけです。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/app.py"/>
        <source>DeskGuard cannot open its history</source>
        <translation>DeskGuard は履歴を開けません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>%n times each side</source>
        <extracomment>Singular: %n time each side</extracomment>
        <translation>
            <numerusform>左右 %n 回ずつ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>%n times</source>
        <extracomment>Singular: %n time</extracomment>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} seconds</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} each side</source>
        <translation>左右 {0} ずつ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>A short break</source>
        <translation>ひと休み</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>How to do it</source>
        <translation>やり方</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Progress</source>
        <translation>進み具合</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Keep it: an exercise counts as a change of position</source>
        <translation>記録します。エクササイズは姿勢の変化として数えられます</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>S&amp;kip</source>
        <translation>スキップ(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Close without doing the exercise</source>
        <translation>エクササイズをせずに閉じます</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Another</source>
        <translation>ほかのエクササイズ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Show another exercise</source>
        <translation>別のエクササイズを表示</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>The camera counts along. Press Done when you have finished.</source>
        <translation>カメラが回数を数えます。終わったら「完了」を押してください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Press Done when you have finished.</source>
        <translation>終わったら「完了」を押してください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done. Press Done to keep it.</source>
        <translation>よくできました。「完了」を押して記録しましょう。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>{0} s to go</source>
        <translation>あと {0} 秒</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done: counted by the camera.</source>
        <translation>よくできました。カメラで回数を確認しました。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>Well done.</source>
        <translation>よくできました。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/break_window.py"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>alert {0:.0f}°</source>
        <translation>通知 {0:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>neutral</source>
        <translation>ニュートラル</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibrate DeskGuard</source>
        <translation>DeskGuard のキャリブレーション</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera preview (not saved)</source>
        <translation>カメラのプレビュー（保存されません）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Sit upright, shoulders relaxed, and look straight ahead at the middle of your screen. Press Start and hold still for five seconds.</source>
        <translation>肩の力を抜いて背筋を伸ばし、画面の中央をまっすぐ見てください。「開始」を押し、5 秒間じっとしていてください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration result</source>
        <translation>キャリブレーション結果</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Download the models</source>
        <translation>モデルをダウンロード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Fetch the face and pose models from their official source and check them</source>
        <translation>顔と姿勢のモデルを公式の配布元から取得して検証します</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Desk set-up</source>
        <translation>デスク環境</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>A name for this desk set-up, e.g. laptop or docked</source>
        <translation>このデスク環境の名前（例: ノートPC、ドッキング）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Des&amp;k set-up:</source>
        <translation>デスク環境(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still for five seconds while DeskGuard learns your upright posture</source>
        <translation>DeskGuard が背筋を伸ばした姿勢を覚える間、5 秒間じっとしてください</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>&amp;Use this calibration</source>
        <translation>このキャリブレーションを使う(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Check your posture against this calibration from now on</source>
        <translation>今後はこのキャリブレーションを基準に姿勢をチェックします</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Loading the models…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>it has sent no picture for {0:.0f} seconds</source>
        <translation>{0:.0f} 秒間、映像が届いていません</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>DeskGuard needs its face and pose models to see you, and they are not installed.</source>
        <translation>DeskGuard があなたを認識するには顔と姿勢のモデルが必要ですが、インストールされていません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Download them with the button below, or install them from a folder with “Get the models…” in the tray menu. Calibration starts as soon as they are found.</source>
        <translation>下のボタンでダウンロードするか、トレイメニューの「モデルを入手…」でフォルダーからインストールしてください。モデルが見つかり次第、キャリブレーションを始めます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>No picture from the camera.</source>
        <translation>カメラから映像が届きません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Plug it in or switch it on, or end any call that uses it; another camera is chosen in Settings, on the Camera tab. DeskGuard keeps trying.</source>
        <translation>カメラを接続するか電源を入れてください。または、カメラを使っている通話を終了してください。別のカメラは「設定」の「カメラ」タブで選べます。DeskGuard は再試行を続けます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Calibration stopped: press Start again once you are seen.</source>
        <translation>キャリブレーションを中断しました。映るようになったら、もう一度「開始」を押してください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Downloading {0}: {1} %</source>
        <translation>{0} をダウンロード中: {1} %</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Hold still… {0}</source>
        <translation>そのまま動かないでください… {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Bend your head forward: the scale under the picture shows where alerts start.</source>
        <translation>頭を前に傾けてみてください。映像の下の目盛りで、通知が始まる位置がわかります。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Camera tilt: {0:.0f}° {1}.</source>
        <translation>カメラの傾き: {1} {0:.0f}°。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>down</source>
        <translation>下向き</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>up</source>
        <translation>上向き</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Your neutral head position is found; with “Use this calibration” neck bending is measured from it.</source>
        <translation>ニュートラルな頭の位置が見つかりました。「このキャリブレーションを使う」を押すと、首の前屈をここから測ります。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Viewing distance: {0:.0f} cm.</source>
        <translation>視距離: {0:.0f} cm。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>The top of your screen is at a good height.</source>
        <translation>画面の上端はちょうど良い高さです。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Lower</source>
        <translation>下げて</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Raise</source>
        <translation>上げて</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>{0} your screen by about {1:.0f} cm.</source>
        <translation>画面を約 {1:.0f} cm {0}ください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/calibration.py"/>
        <source>Saved. DeskGuard now checks your posture against it.</source>
        <translation>保存しました。今後 DeskGuard はこれを基準に姿勢をチェックします。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Camera {0}</source>
        <translation>カメラ {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Recording: {0}</source>
        <translation>録画: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>The camera DeskGuard looks through, or a recording to watch</source>
        <translation>DeskGuard が使うカメラ、または見守る録画</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>A &amp;recording…</source>
        <translation>録画ファイル(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Watch a video file or a folder of pictures instead</source>
        <translation>代わりに動画ファイルや画像のフォルダーを使います</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Watch a recording</source>
        <translation>録画を選択</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/camera_picker.py"/>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>動画 (*.mp4 *.avi *.mkv *.mov *.webm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard — your day</source>
        <translation>DeskGuard — あなたの一日</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>DeskGuard dashboard</source>
        <translation>DeskGuard ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ &amp;Previous day</source>
        <translation>◀ 前の日(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Next day ▶</source>
        <translation>次の日(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Day shown</source>
        <translation>表示中の日</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The day the cards and the charts show</source>
        <translation>カードとグラフに表示する日</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Time seated</source>
        <translation>着座時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Posture</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>◀ Previous &amp;week</source>
        <translation>◀ 前の週(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>次の週(&amp;X) ▶</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week shown</source>
        <translation>表示中の週</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&amp;Export this week…</source>
        <translation>この週をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week in words</source>
        <translation>週のまとめ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Timeline of the day</source>
        <translation>一日のタイムライン</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle over the day</source>
        <translation>一日の首の角度</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>The week</source>
        <translation>週のグラフ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>seated this day</source>
        <translation>この日の着座時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0} of them an hour or more</source>
        <translation>うち 1 時間以上が {0} 回</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>none of an hour or more</source>
        <translation>1 時間以上はなし</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch seated without getting up; {0}</source>
        <translation>立ち上がらずに座り続けた最長時間。{0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>of the judged time in good posture ({0} good, {1} poor)</source>
        <translation>判定できた時間のうち良い姿勢の割合（良い {0}、悪い {1}）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>posture not judged this day</source>
        <translation>この日は姿勢を判定していません</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height: {0} (your eyes sit {1:.0f} cm above its top edge).</source>
        <translation>画面の高さ: {0}（目は上端より {1:.0f} cm 上にあります）。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Screen height is right: its top edge is at or just below eye level.</source>
        <translation>画面の高さは適切です。上端が目の高さか、そのすぐ下にあります。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>about an arm's length, good</source>
        <translation>腕の長さほどで良好</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>closer than an arm's length</source>
        <translation>腕の長さより近い</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>further than usual</source>
        <translation>いつもより遠い</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Viewing distance {0:.0f} cm: {1}.</source>
        <translation>視距離 {0:.0f} cm: {1}。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Seated minutes per quarter hour</source>
        <translation>15 分ごとの着座時間（分）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>keyboard and mouse (no camera)</source>
        <translation>キーボードとマウス（カメラなし）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: not measured without a camera</source>
        <translation>首の角度: カメラなしでは測定しません</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle: not calibrated, so not measured (calibrate from the tray)</source>
        <translation>首の角度: キャリブレーションしていないため未測定です（トレイからキャリブレーションできます）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck angle past your calibrated neutral: no measurement this day</source>
        <translation>ニュートラルからの首の角度: この日は測定がありません</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Neck: degrees bent past your calibrated neutral (0° = as calibrated)</source>
        <translation>首: キャリブレーションしたニュートラルからの前屈角度（0° = キャリブレーション時）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: under {1:.0f}°</source>
        <translation>{0}: {1:.0f}° 未満</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: {1:.0f}–{2:.0f}°</source>
        <translation>{0}: {1:.0f}〜{2:.0f}°</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: {1:.0f}° and more, held: alert</source>
        <translation>{0}: {1:.0f}° 以上が続くと通知</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>your neck (10-minute mean)</source>
        <translation>あなたの首（10 分平均）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> (this week)</source>
        <translation>（今週）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>&lt;b&gt;Week {0}&lt;/b&gt;, {1}{2}</source>
        <translation>&lt;b&gt;第 {0} 週&lt;/b&gt;、{1}{2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source> (plus {0} probable)</source>
        <translation>（ほかに推定 {0} 回）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Breaks away from the desk: {0}{1}.</source>
        <translation>離席による休憩: {0} 回{1}。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Exercises: {0}.</source>
        <translation>エクササイズ: {0}。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Longest stretch seated each day: {0}.</source>
        <translation>各日の最長連続着座: {0}。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>longest stretch</source>
        <translation>最長連続着座</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>{0}: a streak day stays under</source>
        <translation>{0}: 連続記録の日はこれ未満</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/dashboard.py"/>
        <source>Week {0}: hours seated, and the longest stretch</source>
        <translation>第 {0} 週: 着座時間と最長連続着座</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Snooze 10 min</source>
        <translation>10 分スヌーズ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/desktop_notifier.py"/>
        <source>Show me</source>
        <translation>見てみる</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Report for reading (HTML, opens in a browser or on a phone)</source>
        <translation>読みやすいレポート（HTML、ブラウザーやスマートフォンで開けます）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Spreadsheet (CSV, one row per day)</source>
        <translation>スプレッドシート（CSV、1 日 1 行）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Data (JSON, for other programs)</source>
        <translation>データ（JSON、他のプログラム用）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export a week — DeskGuard</source>
        <translation>週のエクスポート — DeskGuard</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export a week</source>
        <translation>週のエクスポート</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The week whose figures are saved</source>
        <translation>数値を保存する週</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Week {0}, {1} – {2}</source>
        <translation>第 {0} 週、{1} – {2}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The kind of file to save</source>
        <translation>保存するファイルの種類</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Where the file is saved</source>
        <translation>ファイルの保存先</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Week:</source>
        <translation>週(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>File name:</source>
        <translation>ファイル名:</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Exported</source>
        <translation>エクスポートしました</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>Export to which folder?</source>
        <translation>どのフォルダーにエクスポートしますか？</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The folder {0} does not exist; choose another.</source>
        <translation>フォルダー {0} は存在しません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>The week could not be saved: {0}</source>
        <translation>週を保存できませんでした: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>replaced the earlier export of that week</source>
        <translation>その週の以前のエクスポートを置き換えました</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/export_dialog.py"/>
        <source>&lt;b&gt;Week {0} saved.&lt;/b&gt;&lt;br&gt;The file is in &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;named {2}{3}.</source>
        <translation>&lt;b&gt;第 {0} 週を保存しました。&lt;/b&gt;&lt;br&gt;保存先: &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;ファイル名: {2}{3}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Get the models</source>
        <translation>モデルの入手</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>DeskGuard sees you through MediaPipe's face and pose models (Apache-2.0, Google), {0:.0f} MB in all. Download them from Google's public model bucket, or install them from a folder that holds {1}, a USB stick for instance. Either way every file is checked against its published SHA-256. The download is the only network access DeskGuard ever makes.</source>
        <translation>DeskGuard は MediaPipe の顔と姿勢のモデル（Apache-2.0、Google、合計 {0:.0f} MB）を使ってあなたを認識します。Google の公開モデルバケットからダウンロードするか、{1} を含むフォルダー（USB メモリーなど）からインストールしてください。どちらの場合も、各ファイルは公開されている SHA-256 と照合されます。DeskGuard がネットワークにアクセスするのはこのダウンロードだけです。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>What went wrong</source>
        <translation>エラーの内容</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Fetch the face and pose models from Google's model bucket and check them</source>
        <translation>Google のモデルバケットから顔と姿勢のモデルを取得して検証します</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Install from a &amp;folder…</source>
        <translation>フォルダーからインストール(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>They are not installed yet.</source>
        <translation>まだインストールされていません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Not loaded: {0}</source>
        <translation>読み込めませんでした: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>Nothing was installed: {0}</source>
        <translation>何もインストールされませんでした: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>The folder with the model files</source>
        <translation>モデルファイルのあるフォルダー</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/models_dialog.py"/>
        <source>they could not be copied: {0}</source>
        <translation>コピーできませんでした: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Check my posture every</source>
        <translation>姿勢をチェックする間隔</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees</source>
        <translation>カメラの画角</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera height above the screen's top edge</source>
        <translation>画面上端からのカメラの高さ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to shift position after</source>
        <translation>姿勢を変えるリマインダーまでの時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Remind me to get up and walk after</source>
        <translation>立ち歩きリマインダーまでの時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Repeat an ignored walk reminder every</source>
        <translation>見送った立ち歩きリマインダーを繰り返す間隔</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break is being away for at least</source>
        <translation>休憩とみなす最短の離席時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Posture alert sensitivity</source>
        <translation>姿勢通知の感度</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Alert when a posture is held for</source>
        <translation>姿勢がこの時間続いたら通知</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Never repeat the same alert within</source>
        <translation>同じ通知を繰り返さない時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too close is nearer to the screen than</source>
        <translation>近すぎと判定する画面との距離</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Only during work hours</source>
        <translation>勤務時間のみ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work starts at</source>
        <translation>勤務開始</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work ends at</source>
        <translation>勤務終了</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days</source>
        <translation>勤務日</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours from</source>
        <translation>サイレント時間の開始</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours until</source>
        <translation>サイレント時間の終了</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show notifications</source>
        <translation>通知を表示する</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Play a soft sound with them</source>
        <translation>控えめな音を鳴らす</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A heads-up two minutes before a walk reminder</source>
        <translation>立ち歩きリマインダーの 2 分前に予告する</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Offer a short exercise with reminders</source>
        <translation>リマインダーと一緒に短いエクササイズを提案する</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Let the camera count the repetitions</source>
        <translation>回数をカメラで数える</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Exercises offered</source>
        <translation>提案するエクササイズ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Start DeskGuard when I log in</source>
        <translation>ログイン時に DeskGuard を起動する</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keep detailed history for</source>
        <translation>詳細な履歴の保存期間</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Notice that I am sitting by</source>
        <translation>着座の検出方法</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A break by keyboard and mouse is no input for</source>
        <translation>キーボードとマウスで休憩とみなす無操作の時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera and keyboard/mouse</source>
        <translation>カメラとキーボード/マウス</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera only</source>
        <translation>カメラのみ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keyboard and mouse only</source>
        <translation>キーボードとマウスのみ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Sitting still stiffens the back and neck: a small shift of position every few minutes helps, and a short walk every hour helps more. Being away from the desk for the break time ends a stretch of sitting.</source>
        <translation>じっと座り続けると背中や首がこわばります。数分おきに少し姿勢を変えると効果があり、1 時間ごとに少し歩くとさらに効果的です。休憩とみなす時間以上デスクを離れると、連続着座はリセットされます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Where the desktop allows it, a reminder can be answered on the notification: Done, Snooze 10 min or Skip. Show me sends one now, as you would get it, marked as a preview and not kept in your history.</source>
        <translation>デスクトップが対応していれば、リマインダーには通知上で「完了」「10 分スヌーズ」「スキップ」で応答できます。「見てみる」のボタンを押すと、実際と同じ通知を今すぐ送ります。プレビューと表示され、履歴には残りません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>An alert comes only when a posture is held for most of the time set here, never for a glance down. Higher sensitivity alerts at a smaller bend of the neck.</source>
        <translation>通知が出るのは、ここで設定した時間の大半でその姿勢が続いたときだけで、ちらっと下を見ただけでは出ません。感度を高くすると、首の前屈が小さくても通知します。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>When</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours</source>
        <translation>勤務時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Off: DeskGuard watches whenever the computer is in use. On: only on the days and between the times set here.</source>
        <translation>オフ: コンピューターを使っている間はいつでも見守ります。オン: ここで設定した曜日と時間帯だけ見守ります。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours, a lunch break for instance; reminders that fall due then wait until they end. Off by default.</source>
        <translation>サイレント時間（昼休みなど）には通知しません。その間に予定されたリマインダーは終わるまで待ちます。初期設定ではオフです。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>How wide the camera sees is measured from corner to corner: about 70° for most laptop cameras, 90° or more for a wide-angle webcam. A camera on top of the screen is about 1 cm above its edge; below the screen, give a negative height. No picture is ever stored.</source>
        <translation>カメラの画角は対角で測ります。ほとんどのノートパソコンのカメラで約 70°、広角ウェブカメラでは 90° 以上です。画面の上に付いたカメラは上端より約 1 cm 上です。画面の下にある場合は負の高さを入力してください。画像が保存されることは一切ありません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Without the camera</source>
        <translation>カメラなしの場合</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Keyboard and mouse show that you are sitting when the camera cannot: in a call, unplugged, in the dark. With keyboard and mouse only, you get seated time and reminders but no posture checks, and the camera is never used. Reading and watching are not breaks, so only a longer silence is.</source>
        <translation>カメラで確認できないとき（通話中、カメラ未接続、暗い場所）も、キーボードとマウスの操作から着座がわかります。「キーボードとマウスのみ」では着座時間とリマインダーは使えますが、姿勢はチェックせず、カメラは一切使いません。読んだり見たりしている間は休憩ではないため、休憩とみなすのは操作のない時間が長く続いたときだけです。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>“Show me” on a reminder, or A short exercise in the tray menu, opens one with its steps. Where it can see them, the camera counts neck turns, side bends, shrugs and chin tucks for as long as the exercise lasts; nothing is counted against you, and Done always counts.</source>
        <translation>リマインダーの「見てみる」またはトレイメニューの「短いエクササイズ」で、手順付きのエクササイズが開きます。カメラで確認できる場合は、エクササイズの間、首の回旋、側屈、肩すくめ、チンタックの回数を数えます。数えられなくても不利になることはなく、「完了」を押せば必ず記録されます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>A new language takes effect at the next start. Older history is kept as daily totals. Your history, calibrations and settings stay on this computer.</source>
        <translation>新しい言語は次回の起動時に反映されます。古い履歴は 1 日ごとの合計として保存されます。履歴、キャリブレーション、設定はこのコンピューターの中だけに保存されます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Offer this exercise with reminders</source>
        <translation>リマインダーと一緒にこのエクササイズを提案します</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>from {0} to {1}</source>
        <translation>{0} から {1} まで</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Shift</source>
        <translation>姿勢変更(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Walk</source>
        <translation>立ち歩き(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Heads-up</source>
        <translation>予告(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Neck</source>
        <translation>首(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Head &amp;forward</source>
        <translation>頭部前方(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Too &amp;close</source>
        <translation>近すぎ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Screen hei&amp;ght</source>
        <translation>画面の高さ(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Camera status</source>
        <translation>カメラの状態</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>DeskGuard settings</source>
        <translation>DeskGuard の設定</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Hold notifications in quiet hours</source>
        <translation>サイレント時間は通知を保留する</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours</source>
        <translation>サイレント時間</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No notifications in the quiet hours</source>
        <translation>サイレント時間は通知しません</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Watch</source>
        <translation>映像(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Send a preview of each kind of notification</source>
        <translation>各種類の通知をプレビューとして送ります</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>&amp;Delete all my data…</source>
        <translation>すべてのデータを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Your history, calibrations and settings, from this computer; it asks first</source>
        <translation>履歴、キャリブレーション、設定をこのコンピューターから削除します。実行前に確認します</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Show me: {0}</source>
        <translation>見てみる: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Send a preview of this notification now</source>
        <translation>この通知のプレビューを今すぐ送ります</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No picture: {0} No camera is connected to this computer.</source>
        <translation>映像なし: {0} このコンピューターにはカメラが接続されていません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>No picture: {0}</source>
        <translation>映像なし: {0}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>In use. No other camera is connected.</source>
        <translation>使用中。他のカメラは接続されていません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>In use. Cameras connected: {0}.</source>
        <translation>使用中。接続されているカメラ: {0}。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>As the system ({0})</source>
        <translation>システムと同じ（{0}）</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Watch on this day, in the work hours</source>
        <translation>この曜日の勤務時間に見守ります</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: off</source>
        <translation>勤務時間: オフ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: on</source>
        <translation>勤務時間: オン</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: off</source>
        <translation>サイレント時間: オフ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: {0} to {1}</source>
        <translation>サイレント時間: {0}〜{1}</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>{0}: {1} is out of range; choose {2}.</source>
        <translation>{0}: {1} は範囲外です。{2} の範囲で選んでください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work days: tick at least one day.</source>
        <translation>勤務日: 少なくとも 1 日を選んでください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Work hours: the start and the end are the same time.</source>
        <translation>勤務時間: 開始と終了が同じ時刻です。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Exercises: tick at least one, or switch them off.</source>
        <translation>エクササイズ: 少なくとも 1 つを選ぶか、提案をオフにしてください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Quiet hours: the start and the end are the same time; untick Quiet hours for none.</source>
        <translation>サイレント時間: 開始と終了が同じ時刻です。不要な場合は「サイレント時間」のチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Not applied: </source>
        <translation>適用されませんでした: </translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Applied.</source>
        <translation>適用しました。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>Delete all your data?</source>
        <translation>すべてのデータを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/settings_dialog.py"/>
        <source>This deletes your sitting history, your calibrations and your settings from this computer. It cannot be undone.</source>
        <translation>このコンピューターから着座の履歴、キャリブレーション、設定を削除します。元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>DeskGuard menu</source>
        <translation>DeskGuard メニュー</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Get the models…</source>
        <translation>モデルを入手(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;30 minutes</source>
        <translation>30 分間(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;1 hour</source>
        <translation>1 時間(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Until &amp;tomorrow</source>
        <translation>明日まで(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>For &amp;how long…</source>
        <translation>時間を指定(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Snooze reminders for 15 minutes</source>
        <translation>リマインダーを 15 分間スヌーズ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze</source>
        <translation>スヌーズを終了(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>A short e&amp;xercise…</source>
        <translation>短いエクササイズ(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Calibrate…</source>
        <translation>キャリブレーション(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Desk set-&amp;up</source>
        <translation>デスク環境(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Dashboard…</source>
        <translation>ダッシュボード(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;About DeskGuard</source>
        <translation>DeskGuard について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause DeskGuard</source>
        <translation>DeskGuard を一時停止</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>Pause for how many minutes?</source>
        <translation>何分間一時停止しますか？</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/tray.py"/>
        <source>&amp;End the snooze (until {0})</source>
        <translation>スヌーズを終了（{0} まで）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>GNOME shows no tray icons by itself. Install the AppIndicator extension (&lt;tt&gt;{0}&lt;/tt&gt;), log out and in again, and turn on “AppIndicator and KStatusNotifierItem Support” in the Extensions app; DeskGuard's icon then appears at the top right.</source>
        <translation>GNOME は標準ではトレイアイコンを表示しません。AppIndicator 拡張機能をインストールし（&lt;tt&gt;{0}&lt;/tt&gt;）、ログアウトして再度ログインしてから、「拡張機能」アプリで “AppIndicator and KStatusNotifierItem Support” をオンにしてください。DeskGuard のアイコンが右上に表示されます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Your desktop shows no system tray. Add a tray (“notification area” or “status notifier”) to your panel, then start DeskGuard again.</source>
        <translation>お使いのデスクトップにはシステムトレイがありません。パネルにトレイ（「通知エリア」や「ステータス通知」）を追加してから、DeskGuard をもう一度起動してください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Welcome to DeskGuard</source>
        <translation>DeskGuard へようこそ</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Every few seconds DeskGuard looks through your camera to see how your neck is bent, how close you sit and whether your screen is at eye level. It reminds you to change position every {0} and to get up and walk every {1}, and says so when a strained posture lasts.</source>
        <translation>DeskGuard は数秒ごとにカメラを通して、首の曲がり具合、画面との距離、画面が目の高さにあるかを確認します。{0} ごとに姿勢を変えるよう、{1} ごとに立って歩くようお知らせし、負担のかかる姿勢が続いたときにもお伝えします。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No picture is ever stored or sent.</source>
        <translation>画像が保存・送信されることは一切ありません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Each picture is measured in memory and forgotten. Your history stays on this computer. The only network use is the one-time download of the face and pose models, and DeskGuard asks before it.</source>
        <translation>画像はメモリー上で測定され、すぐに破棄されます。履歴はこのコンピューターの中に保存されます。ネットワークを使うのは顔と姿勢のモデルの初回ダウンロードだけで、その前に DeskGuard が確認します。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Show the &amp;preview again</source>
        <translation>プレビューをもう一度表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>You should see yourself here, head and shoulders. The picture is only shown, never saved.</source>
        <translation>ここに頭と肩が映っているはずです。映像は表示されるだけで、保存されることはありません。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Use &amp;keyboard and mouse only</source>
        <translation>キーボードとマウスだけを使う(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Count sitting time from your keyboard and mouse; posture needs a camera</source>
        <translation>キーボードとマウスから座っている時間を数えます。姿勢にはカメラが必要です</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No camera was found on this computer.</source>
        <translation>このコンピューターにカメラが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Calibrate</source>
        <translation>キャリブレーション</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Sit upright and comfortable, and let DeskGuard learn that posture in five seconds: neck bending is then measured from it. You can do it later from the tray menu.</source>
        <translation>楽な姿勢で背筋を伸ばして座り、その姿勢を 5 秒で DeskGuard に覚えさせましょう。首の前屈はここから測ります。後でトレイメニューから行うこともできます。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>&amp;Calibrate now…</source>
        <translation>今すぐキャリブレーション(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Where DeskGuard lives</source>
        <translation>DeskGuard の居場所</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard's tray icon</source>
        <translation>DeskGuard のトレイアイコン</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard runs in the top bar, with this icon. Click it for the menu: pause, calibrate, settings, quit; double-click it for today's dashboard. Its shape and colour show how things are.</source>
        <translation>DeskGuard は、上部バーでこのアイコンとして動作します。クリックするとメニュー（一時停止、キャリブレーション、設定、終了）、ダブルクリックすると今日のダッシュボードが開きます。アイコンの形と色で状態がわかります。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard runs in the system tray, with this icon, at the top or bottom edge of your screen. Click it for today's dashboard; right-click it for the menu: pause, calibrate, settings, quit. Its shape and colour show how things are.</source>
        <translation>DeskGuard は、画面の上端か下端にあるシステムトレイで、このアイコンとして動作します。クリックすると今日のダッシュボード、右クリックするとメニュー（一時停止、キャリブレーション、設定、終了）が開きます。アイコンの形と色で状態がわかります。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>No system tray was found, so DeskGuard runs in a small window instead.</source>
        <translation>システムトレイが見つからないため、DeskGuard は代わりに小さなウィンドウで動作します。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>&amp;Start watching</source>
        <translation>見守りを開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard counts how long you sit from your keyboard and mouse. It reminds you to change position every {0} and to get up and walk every {1}. Posture needs a camera: choose one in Settings when you have one.</source>
        <translation>DeskGuard はキーボードとマウスから座っている時間を数えます。{0} ごとに姿勢を変えるよう、{1} ごとに立って歩くようお知らせします。姿勢にはカメラが必要です。カメラを用意したら「設定」で選んでください。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>Preview stopped.</source>
        <translation>プレビューを停止しました。</translation>
    </message>
    <message>
        <location filename="../../deskguard/ui/welcome.py"/>
        <source>DeskGuard needs its face and pose models before it can see you.</source>
        <translation>DeskGuard があなたを認識するには、顔と姿勢のモデルが必要です。</translation>
    </message>
</context>
</TS>
