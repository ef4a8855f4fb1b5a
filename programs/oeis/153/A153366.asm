; A153366: Number of zig-zag paths from top to bottom of a rectangle of width 9 with 2*n-1 rows whose color is that of the top right corner.
; 5,16,56,200,720,2600,9400,34000,123000,445000,1610000,5825000,21075000,76250000,275875000,998125000,3611250000,13065625000,47271875000,171031250000,618796875000,2238828125000,8100156250000,29306640625000

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $1,2
add $0,2
add $1,4
add $2,$1
lpb $0
  add $3,$2
  sub $0,1
  add $2,$1
  add $2,$1
  mov $1,$2
  sub $1,1
  add $2,$3
lpe
mov $0,$1
sub $0,6
add $0,5
