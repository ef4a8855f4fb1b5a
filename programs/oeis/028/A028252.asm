; A028252: Sequence arising in multiprocessor page migration.
; Formula: a(n) = floor((53*n+2701)/10)-272
; 3,8,14,19,24,29,35,40,45,51

#offset 1

mul $0,53
add $0,2701
div $0,10
sub $0,272
