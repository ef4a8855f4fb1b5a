; A390190: a(n) is the number of squares in the n-th ring (n >= 0) of the Poincaré diagram of the order-5 square tiling of the hyperbolic plane (Schläfli symbol {4,5}).
; 5,25,95,355,1325,4945,18455,68875,257045,959305,3580175,13361395,49865405,186100225,694535495,2592041755,9673631525,36102484345,134736305855,502842739075,1876634650445,7003695862705,26138148800375,97548899338795

sub $1,4
lpb $0
  add $2,$1
  sub $0,1
  add $2,$1
  add $1,$2
lpe
add $2,$1
mov $0,$2
div $0,-8
mul $0,10
add $0,5
