; A200978: Number of ways to arrange n books on 3 consecutive shelves leaving none of the shelves empty.
; 6,72,720,7200,75600,846720,10160640,130636800,1796256000,26345088000,410983372800,6799906713600,118998367488000,2196892938240000,42682491371520000,870722823979008000,18611700362551296000,416026243398205440000

#offset 3

sub $0,3
sub $0,-2
add $0,1
lpb $0
  sub $0,1
  add $1,$2
  sub $3,$2
  sub $2,$1
  mov $1,-1
  add $1,$2
  div $1,-1
lpe
mov $0,$1
lpb $0
  mul $3,$0
  sub $0,1
lpe
mov $0,$3
div $0,2
mul $0,4
sub $0,12
div $0,2
add $0,6
