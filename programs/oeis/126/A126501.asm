; A126501: Number of n-tuples of numbers [0..5] (leading zeros allowed) in which adjacent digits differ by 4 or less.
; 1,6,34,194,1106,6306,35954,204994,1168786,6663906,37994674,216628994,1235123666,7042134306,40151166194,228924368194,1305226505746,7441830001506,42430056030514,241917600158594,1379308224915026

add $2,-3
add $0,1
sub $3,6
mov $1,$0
lpb $1
  add $3,$2
  sub $1,1
  add $3,$2
  sub $2,$3
  add $3,6
  dif $2,-1
  mul $3,4
lpe
mov $0,$3
div $0,-24
