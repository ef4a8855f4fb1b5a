; A044723: Numbers n such that string 1,0 occurs in the base 10 representation of n but not of n+1.
; 10,110,210,310,410,510,610,710,810,910,1110,1210,1310,1410,1510,1610,1710,1810,1910,2010,2110,2210,2310,2410,2510,2610,2710,2810,2910,3010,3110,3210,3310,3410,3510,3610,3710,3810,3910

#offset 1

sub $0,1
add $0,1
mov $4,$0
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
pow $3,$2
sub $2,4
sub $0,9
lpb $0
  sub $0,1
  trn $3,$2
lpe
add $3,3
mov $0,$3
sub $0,9
div $0,$3
sub $4,1
add $0,-6
sub $0,-15
add $0,1
sub $0,1
sub $0,1
mov $5,$4
add $0,$5
sub $0,7
add $0,3
sub $0,3
mul $0,100
add $0,10
