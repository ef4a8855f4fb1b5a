; A319034: Decimal expansion of the height that minimizes the total surface area of the four triangular faces of a square pyramid of unit volume.
; Formula: a(n) = sqrtnint(floor(floor(18*lodapow(100,n-1)/4)*(lodapow(100,n-1)*lodapow(100,n-1))/2),6)%10
; 1,1,4,4,7,1,4,2,4,2,5,5,3,3,3,1,8,6,7,8,0,8,0,4,2,2,1,1,9,3,9,6,7,7,0,0,8,9,1,5,9,0,6,9,2,0,7,8,7,9,3,1,0,7,2,0,9,9,0,5,2,1,7,4,0,6,5,6,7,4,2,9,9,0,2,4,2,1,4,1

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $0,18
mul $1,$1
div $0,4
mul $0,$1
div $0,2
nrt $0,6
mod $0,10
