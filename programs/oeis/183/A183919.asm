; A183919: Characteristic sequence for sin(2*Pi/n) being rational.
; Formula: a(n) = floor(max(max(n-2,0),2)/2)*lodabin(10,max(n-2,0))%2
; 1,1,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,2
max $0,0
mov $1,10
bin $1,$0
max $0,2
div $0,2
mul $0,$1
mod $0,2
