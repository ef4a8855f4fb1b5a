; A095265: A sequence generated from a 4th degree Pascal's Triangle polynomial.
; 1,22,103,284,605,1106,1827,2808,4089,5710,7711,10132,13013,16394,20315,24816,29937,35718,42199,49420,57421,66242,75923,86504,98025,110526,124047,138628,154309,171130,189131,208352,228833,250614,273735,298236

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
mov $3,1
sub $0,1
add $0,1
add $0,1
add $0,-1
add $0,3
add $0,$0
mov $2,$0
add $0,1
lpb $0
  add $2,2
  add $4,$3
  sub $0,1
  sub $3,$2
  sub $4,1
  add $4,$3
lpe
mov $0,$4
div $0,-2
add $0,1
