; Inno Setup script: a per-user DeskGuard installer for Windows (no administrator rights).
; Built by .github/workflows/release.yml on a Windows runner:
;   iscc /DAppVersion=<version from pyproject.toml> /DSourceDir=build\windows\dist\deskguard installers\windows\deskguard.iss
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (it comes from pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\windows\dist\deskguard"
#endif

[Setup]
AppId={{6F3C1E1B-5D8A-4C59-9E1D-DE5C6A1F2B10}
AppName=DeskGuard
AppVersion={#AppVersion}
AppPublisher=The DeskGuard team
DefaultDirName={localappdata}\Programs\DeskGuard
DefaultGroupName=DeskGuard
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=DeskGuard-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
SetupIconFile=deskguard.ico
UninstallDisplayIcon={app}\deskguardw.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Tasks]
Name: "startatlogin"; Description: "Start DeskGuard when I log in"; GroupDescription: "Options:"
Name: "desktopicon"; Description: "Create a desktop shortcut"; GroupDescription: "Options:"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\DeskGuard"; Filename: "{app}\deskguardw.exe"; Parameters: "app"
Name: "{group}\DeskGuard doctor"; Filename: "{app}\deskguard.exe"; Parameters: "doctor"
Name: "{userdesktop}\DeskGuard"; Filename: "{app}\deskguardw.exe"; Parameters: "app"; Tasks: desktopicon

[Registry]
; Start at login, the Windows way: the per-user Run key (Settings can turn it off again).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; \
  ValueName: "DeskGuard"; ValueData: """{app}\deskguardw.exe"" app"; Flags: uninsdeletevalue; Tasks: startatlogin

[Run]
Filename: "{app}\deskguardw.exe"; Parameters: "app"; Description: "Start DeskGuard now"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "taskkill.exe"; Parameters: "/IM deskguardw.exe /F"; Flags: runhidden; RunOnceId: "StopDeskGuard"

[Code]
// Uninstalling keeps the user's history and settings unless they choose otherwise.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    if MsgBox('Also delete your DeskGuard history, calibrations and settings?', mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(ExpandConstant('{localappdata}\DeskGuard'), True, True, True);
      DelTree(ExpandConstant('{userappdata}\DeskGuard'), True, True, True);
    end;
end;
