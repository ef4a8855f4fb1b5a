; A004630: Squares written in base 12. (Next term contains a non-decimal character.)
; Formula: a(n) = n^2-2*floor(n^2/12)
; 1,4,9,14,21,30,41,54,69,84

#offset 1

pow $0,2
mov $1,$0
div $1,12
mul $1,2
sub $0,$1
