; A109633: In the game of bridge, a(n) is the penalty for going down n tricks in a non-vulnerable, doubled contract.
; Formula: a(n) = -100*truncate((-44*n+88)/15)+300
; 100,300,500,800,1100,1400,1700,2000,2300,2600,2900,3200,3500

#offset 1

mul $0,-44
add $0,88
div $0,15
mul $0,-100
add $0,300
