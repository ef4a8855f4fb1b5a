; A352161: Numbers m such that the smallest digit in the decimal expansion of 1/m is k = 8, ignoring leading and trailing 0's.
; Formula: a(n) = 25*truncate((lodamod(0-n,2)-9)*10^floor(n/2)/-2)
; 125,1125,1250,11250,12500,112500,125000,1125000,1250000,11250000,12500000,112500000,125000000,1125000000,1250000000

#offset 1

sub $1,$0
mod $1,2
sub $1,9
div $0,2
mov $2,10
pow $2,$0
mul $1,$2
mov $0,$1
div $0,-2
mul $0,25
