; A153367: Number of zig-zag paths from top to bottom of a rectangle of width 9 with 2n-1 rows whose color is not that of the top right corner.
; 4,14,50,180,650,2350,8500,30750,111250,402500,1456250,5268750,19062500,68968750,249531250,902812500,3266406250,11817968750,42757812500,154699218750,559707031250,2025039062500,7326660156250,26508105468750

#offset 1

sub $0,1
sub $0,1
add $0,2
add $0,2
add $1,4
add $2,$1
lpb $0
  add $3,$2
  sub $0,1
  add $2,$1
  add $2,$1
  mov $1,$2
  sub $1,6
  add $2,$3
lpe
mov $0,$2
sub $0,160
div $0,40
add $0,4
