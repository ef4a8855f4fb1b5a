; A391952: Decimal expansion of the surface area of an Escher's solid with unit shorter edge length.
; Formula: a(n) = sqrtint(8*(8*10^max(n-3,0))*(8*10^max(n-3,0)))%10
; 2,2,6,2,7,4,1,6,9,9,7,9,6,9,5,2,0,7,8,0,8,2,7,0,1,9,5,8,7,3,5,5,1,6,9,2,5,7,1,1,4,7,5,0,0,0,6,0,3,1,1,6,9,1,7,0,8,2,6,8,7,5,8,0,7,8,5,1,7,1,9,6,5,5,3,9,3,7,1,2

#offset 2

sub $0,3
max $0,0
mov $1,$0
mov $0,8
mov $2,10
pow $2,$1
mul $2,8
mul $0,$2
mul $0,$2
nrt $0,2
mod $0,10
