; A037537: Base-4 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,1.
; 1,6,25,101,406,1625,6501,26006,104025,416101,1664406,6657625,26630501,106522006,426088025,1704352101,6817408406,27269633625,109078534501,436314138006,1745256552025,6981026208101,27924104832406

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,2
add $3,2
lpb $0
  sub $0,1
  add $3,$3
  add $3,2
  add $3,$3
lpe
add $0,$3
div $0,3
mul $0,5
div $0,7
sub $0,2
div $0,2
add $0,1
