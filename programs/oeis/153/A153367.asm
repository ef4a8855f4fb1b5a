; A153367: Number of zig-zag paths from top to bottom of a rectangle of width 9 with 2n-1 rows whose color is not that of the top right corner.
; 4,14,50,180,650,2350,8500,30750,111250,402500,1456250,5268750,19062500,68968750,249531250,902812500,3266406250,11817968750,42757812500,154699218750,559707031250,2025039062500,7326660156250,26508105468750

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,2
sub $0,-1
add $2,-3
add $0,3
mov $1,$0
lpb $1
  add $3,$2
  sub $1,1
  sub $2,$3
  add $2,2
  mul $3,5
lpe
mov $0,$3
sub $0,-240
div $0,-125
mul $0,4
add $0,8
sub $0,4
div $0,4
add $0,1
sub $0,2
mul $0,2
add $0,4
