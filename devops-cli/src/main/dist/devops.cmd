@echo off
rem devops: runs lib\devops.jar (beside this bin folder) with the Java of JAVA_HOME, else the one on the PATH.
rem   devops check .
rem   set DEVOPS_JAVA_OPTS=-Xmx1g   (extra JVM options)
setlocal
set "DEVOPS_JAR=%~dp0..\lib\devops.jar"
if not exist "%DEVOPS_JAR%" (
  echo devops: %DEVOPS_JAR% is missing; unpack the whole archive 1>&2
  exit /b 2
)
if defined JAVA_HOME (set "DEVOPS_JAVA=%JAVA_HOME%\bin\java.exe") else (set "DEVOPS_JAVA=java")
"%DEVOPS_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %DEVOPS_JAVA_OPTS% -jar "%DEVOPS_JAR%" %*
exit /b %ERRORLEVEL%
