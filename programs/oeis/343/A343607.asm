; A343607: Minimal number of colors required for an edge-coloring of the complete graph K_n with no monochromatic triangle.
; 0,0,1,2,2,2,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

mov $1,15
lpb $1
  sub $1,$0
  sub $2,1
  div $1,2
lpe
mov $0,$2
add $0,4
