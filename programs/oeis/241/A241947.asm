; A241947: Numbers n for which A241927(n) = 2.
; Formula: a(n) = n+4+binomial(n+4,11)-4
; 1,2,3,4,5,6,8,20

#offset 1

add $0,4
mov $1,$0
bin $1,11
add $0,$1
sub $0,4
