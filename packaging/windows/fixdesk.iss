; Inno Setup 6 script for the Windows installer of FixDesk (a recipe: not built in CI).
;
; 1. On Windows, in the project venv:   python packaging\build.py
;    (makes dist\FixDesk\ with FixDesk.exe and fixdesk-cli.exe)
; 2. Check it:                          dist\FixDesk\fixdesk-cli.exe --self-test
; 3. Build the installer, passing the version build.py printed (pyproject.toml is
;    the one place it is kept):         iscc /DAppVersion=0.1.0 packaging\windows\fixdesk.iss
;    -> dist\FixDesk-<version>-windows-setup.exe
;
; Per-user install without admin rights (%LOCALAPPDATA%\Programs\FixDesk), a
; Start-menu shortcut, an optional desktop shortcut, and an uninstaller in
; "Apps & features". Uninstalling leaves the user's database (in their data
; folder) alone: it is their records, not the program's.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\fixdesk.iss
#endif

#define AppName "FixDesk"
#define AppExe "FixDesk.exe"
#define Root "..\.."

[Setup]
AppId={{6F3C2B1E-8E4D-4B7A-9C51-0F1D2A3B4C5D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FixDesk developers
; lowest = no UAC prompt; {autopf} then means the per-user Programs folder.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile={#Root}\resources\icons\fixdesk.ico
OutputDir={#Root}\dist
OutputBaseFilename=FixDesk-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build, as PyInstaller made it.
Source: "{#Root}\dist\FixDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Log IT problems, call out support and keep the paper trail"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may leave caches beside the program; nothing of the user's lives here.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
