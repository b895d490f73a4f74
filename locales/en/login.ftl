### Logging in and out.

login-title = Log in
login-login = Username
login-password = Password
login-submit = Log in
login-failed = Wrong username or password.
login-one_time_expired = This one-time password has expired: it only works for { $n } days after its list is drawn. Please ask your cell secretary to have the administrator draw a new list.
login-throttled = Too many failed attempts. Please wait { $n } seconds and try again.
login-intro = For party members and committees. Accounts are issued by the committee.
flash-logged_out = You have logged out.
resume-intro = Your session ended before the form was sent. What you typed is kept; log in again to send it.
resume-title = Send the form again
resume-ready = You are logged in again. What you typed is all here; press “Send” to finish.
resume-send = Send
resume-skip = Skip, go to the home page
login-session_expired = Your session has ended. Please log in again.
