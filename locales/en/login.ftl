### Logging in and out.

login-title = Log in
login-login = Username
login-password = Password
login-submit = Log in
login-failed = Wrong username or password.
login-throttled = Too many failed attempts. Please wait { $n } seconds and try again.
login-intro = For party members and committees. Accounts are issued by the committee.
flash-logged_out = You have logged out.
