; A395495: Minimum number of cells in a connected polyomino on the square grid that contains every fixed n-omino as a translated subregion.
; 1,3,5,9,13,18,24,31,39

#offset 1

sub $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $3,1
  add $3,$0
  add $3,$2
lpe
mov $0,$3
mul $0,12
div $0,3
div $0,13
add $0,1
