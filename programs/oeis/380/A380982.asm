; A380982: Decimal expansion of the long/short edge length ratio of a disdyakis triacontahedron.
; Formula: a(n) = sqrtint(max(20*lodapow(100,n-2),1))%10+4*(n-2==0)
; 1,8,4,7,2,1,3,5,9,5,4,9,9,9,5,7,9,3,9,2,8,1,8,3,4,7,3,3,7,4,6,2,5,5,2,4,7,0,8,8,1,2,3,6,7,1,9,2,2,3,0,5,1,4,4,8,5,4,1,7,9,4,4,9,0,8,2,1,0,4,1,8,5,1,2,7,5,6,0,9

#offset 1

sub $0,2
mov $1,$0
mov $2,100
pow $2,$0
mov $0,$2
mul $0,20
max $0,1
nrt $0,2
mod $0,10
equ $1,0
mul $1,4
add $0,$1
