; A118358: Records in A086793.
; Formula: a(n) = -(truncate(5/n)-n)+9
; 5,9,11,12,13,15,16,17,18,19,20,21,22

#offset 1

mov $1,5
div $1,$0
sub $1,$0
mov $0,$1
mul $0,-1
add $0,9
