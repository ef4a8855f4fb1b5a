; A338595: Denominators of resistance values < 1 ohm that can be obtained from a network of exactly 5 one-ohm resistors, but not from any network with fewer than 5 one-ohm resistors. Numerators are in A338580.
; Formula: a(n) = sqrtnint(50*(lodapow(10,n-2)*lodapow(10,n-2)*(lodapow(10,n-2)*lodapow(10,n-2))*lodapow(10,n-2)),5)%6+5
; 5,7,8,7,7,8,7,5,6,7

#offset 1

sub $0,2
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,$0
mul $0,$1
mul $0,50
nrt $0,5
mod $0,6
add $0,5
