; A329210: Decimal expansion of the fundamental frequency of the note D#4/Eb4 in hertz.
; Formula: a(n) = sqrtint(968*(10^max(n-4,0)*10^max(n-4,0)))%10+2*(n-3==0)
; 3,1,1,1,2,6,9,8,3,7,2,2,0,8,0,9,1,0,7,3,6,3,7,1,5,1,9,3,2,6,1,3,3,5,7,7,2,8,5,3,2,7,8,1,2,5,8,2,9,2,8,5,7,6,0,9,8,8,6,9,5,4,2,3,5,7,9,6,1,1,4,5,2,6,1,6,6,3,5,4

#offset 3

sub $0,3
mov $1,$0
sub $0,1
max $0,0
mov $2,10
pow $2,$0
mov $0,$2
mul $0,$2
mul $0,968
nrt $0,2
mod $0,10
equ $1,0
mul $1,2
add $0,$1
