<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" styleCategories="AllStyleCategories" labelsEnabled="1" maxScale="0" simplifyDrawingTol="1" symbologyReferenceScale="-1" minScale="100000000" simplifyAlgorithm="0" readOnly="0" version="3.22.16-Białowieża" simplifyLocal="1" hasScaleBasedVisibilityFlag="0" simplifyMaxScale="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fixedDuration="0" accumulate="0" endExpression="" limitMode="0" mode="0" enabled="0" startField="" endField="" durationField="" durationUnit="min" startExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" referencescale="-1" enableorderby="0" symbollevels="0" type="categorizedSymbol" attr="categorie">
    <categories>
      <category value="boom" label="Boom" render="true" symbol="0"/>
      <category value="geveltuin" label="Geveltuin" render="true" symbol="1"/>
      <category value="hemelwater_hergebruik" label="Hemelwater: hergebruik" render="true" symbol="2"/>
      <category value="hemelwater_buffer" label="Hemelwater: buffering" render="true" symbol="3"/>
      <category value="hemelwater_infiltratie" label="Hemelwater: infiltratie" render="true" symbol="4"/>
      <category value="" label="Andere of geen categorie" render="true" symbol="5"/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" name="0" alpha="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="27,120,55,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="17,75,34,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="3"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="27,120,55,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="17,75,34,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="3" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="1" alpha="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="194,165,207,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="121,103,129,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="3"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="194,165,207,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="121,103,129,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="3" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="2" alpha="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="33,102,172,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="21,64,107,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="3"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="33,102,172,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="21,64,107,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="3" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="3" alpha="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="67,147,195,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="42,92,122,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="3"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="67,147,195,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="42,92,122,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="3" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="4" alpha="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="146,197,222,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="91,123,139,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="3"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="146,197,222,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="91,123,139,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="3" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="5" alpha="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="136,136,136,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="35,35,35,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="2"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="136,136,136,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="35,35,35,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="2" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontFamily="Sans Serif" legendString="Aa" allowHtml="0" textOrientation="horizontal" multilineHeight="1" fontSizeUnit="Point" textOpacity="1" fontWeight="50" fontStrikeout="0" fontItalic="0" previewBkgrdColor="255,255,255,255" fieldName="represent_value(&quot;categorie&quot;) || ' ' || coalesce(format_number(&quot;hoeveelheid&quot;, if(&quot;hoeveelheid&quot; = floor(&quot;hoeveelheid&quot;), 0, 1)) || ' ' || CASE WHEN &quot;categorie&quot; = 'boom' THEN 'stuks' WHEN &quot;categorie&quot; = 'haag' THEN 'm' WHEN &quot;categorie&quot; = 'geveltuin' THEN 'm' WHEN &quot;categorie&quot; = 'natuurgroenperk' THEN 'stuks' WHEN &quot;categorie&quot; = 'ontharding' THEN 'm²' WHEN &quot;categorie&quot; = 'hemelwater_hergebruik' THEN 'm³' WHEN &quot;categorie&quot; = 'hemelwater_buffer' THEN 'm³' WHEN &quot;categorie&quot; = 'hemelwater_infiltratie' THEN 'm³' ELSE '' END, '')" fontWordSpacing="0" fontLetterSpacing="0" isExpression="1" namedStyle="Regular" fontSizeMapUnitScale="3x:0,0,0,0,0,0" capitalization="0" fontKerning="1" useSubstitutions="0" blendMode="0" fontUnderline="0" fontSize="8" textColor="50,50,50,255">
        <families>
          <family name="Open Sans"/>
          <family name="Liberation Sans"/>
          <family name="Helvetica"/>
          <family name="Arial"/>
          <family name="Sans Serif"/>
        </families>
        <text-buffer bufferColor="250,250,250,255" bufferJoinStyle="128" bufferDraw="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSizeUnits="MM" bufferOpacity="1" bufferSize="0.80000000000000004" bufferBlendMode="0" bufferNoFill="1"/>
        <text-mask maskSize="0" maskOpacity="1" maskedSymbolLayers="" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskType="0" maskEnabled="0" maskJoinStyle="128"/>
        <background shapeJoinStyle="64" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSVGFile="" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRotationType="0" shapeDraw="0" shapeBorderWidthUnit="Point" shapeSizeUnit="Point" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="Point" shapeRadiiX="0" shapeRadiiY="0" shapeOpacity="1" shapeSizeY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="Point" shapeFillColor="255,255,255,255" shapeBorderWidth="0" shapeType="0" shapeBlendMode="0" shapeOffsetY="0" shapeSizeType="0" shapeBorderColor="128,128,128,255" shapeOffsetX="0" shapeSizeX="0" shapeRotation="0">
          <symbol clip_to_extent="1" name="fillSymbol" alpha="1" force_rhr="0" type="fill">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value=""/>
                <Option name="properties"/>
                <Option name="type" type="QString" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" locked="0" enabled="1" pass="0">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="color" type="QString" value="255,255,255,255"/>
                <Option name="joinstyle" type="QString" value="bevel"/>
                <Option name="offset" type="QString" value="0,0"/>
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="offset_unit" type="QString" value="MM"/>
                <Option name="outline_color" type="QString" value="128,128,128,255"/>
                <Option name="outline_style" type="QString" value="no"/>
                <Option name="outline_width" type="QString" value="0"/>
                <Option name="outline_width_unit" type="QString" value="Point"/>
                <Option name="style" type="QString" value="solid"/>
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
              <prop v="255,255,255,255" k="color"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="128,128,128,255" k="outline_color"/>
              <prop v="no" k="outline_style"/>
              <prop v="0" k="outline_width"/>
              <prop v="Point" k="outline_width_unit"/>
              <prop v="solid" k="style"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value=""/>
                  <Option name="properties"/>
                  <Option name="type" type="QString" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowColor="0,0,0,255" shadowOffsetUnit="MM" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOpacity="0.69999999999999996" shadowDraw="0" shadowUnder="0" shadowRadiusUnit="MM" shadowScale="100" shadowOffsetGlobal="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusAlphaOnly="0" shadowBlendMode="6" shadowRadius="1.5"/>
        <dd_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format useMaxLineLengthForAutoWrap="1" leftDirectionSymbol="&lt;" plussign="0" rightDirectionSymbol=">" wrapChar="" autoWrapLength="0" placeDirectionSymbol="0" addDirectionSymbol="0" multilineAlign="3" reverseDirectionSymbol="0" decimals="3" formatNumbers="0"/>
      <placement repeatDistance="0" xOffset="0" quadOffset="4" maxCurvedCharAngleOut="-25" rotationAngle="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" yOffset="0" centroidInside="0" maxCurvedCharAngleIn="25" lineAnchorType="0" centroidWhole="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" layerType="UnknownGeometry" distMapUnitScale="3x:0,0,0,0,0,0" offsetUnits="MM" overrunDistanceUnit="MM" polygonPlacementFlags="2" lineAnchorPercent="0.5" geometryGeneratorEnabled="0" rotationUnit="AngleDegrees" overrunDistance="0" geometryGeneratorType="PointGeometry" geometryGenerator="" offsetType="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" repeatDistanceUnits="MM" placement="0" placementFlags="10" dist="0" priority="5" lineAnchorClipping="0" fitInPolygonOnly="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" preserveRotation="1"/>
      <rendering fontLimitPixelSize="0" obstacle="1" scaleMin="1" minFeatureSize="0" displayAll="0" unplacedVisibility="0" scaleVisibility="1" labelPerPart="0" mergeLines="0" zIndex="0" maxNumLabels="2000" drawLabels="1" obstacleFactor="1" obstacleType="1" fontMaxPixelSize="10000" fontMinPixelSize="0" limitNumLabels="0" scaleMax="2500" upsidedownLabels="0"/>
      <dd_properties>
        <Option type="Map">
          <Option name="name" type="QString" value=""/>
          <Option name="properties"/>
          <Option name="type" type="QString" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility"/>
          <Option name="blendMode" type="int" value="0"/>
          <Option name="ddProperties" type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
          <Option name="drawToAllParts" type="bool" value="false"/>
          <Option name="enabled" type="QString" value="0"/>
          <Option name="labelAnchorPoint" type="QString" value="point_on_exterior"/>
          <Option name="lineSymbol" type="QString" value="&lt;symbol clip_to_extent=&quot;1&quot; name=&quot;symbol&quot; alpha=&quot;1&quot; force_rhr=&quot;0&quot; type=&quot;line&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; locked=&quot;0&quot; enabled=&quot;1&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot;/>&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot;/>&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255&quot;/>&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot;/>&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot;/>&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option name="minLength" type="double" value="0"/>
          <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="minLengthUnit" type="QString" value="MM"/>
          <Option name="offsetFromAnchor" type="double" value="0"/>
          <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromAnchorUnit" type="QString" value="MM"/>
          <Option name="offsetFromLabel" type="double" value="0"/>
          <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromLabelUnit" type="QString" value="MM"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="id" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="gemeente_nis" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="projectnaam" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="categorie" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="Map">
              <Option name="Boom" type="QString" value="boom"/>
              <Option name="Geveltuin" type="QString" value="geveltuin"/>
              <Option name="Hemelwater: buffering" type="QString" value="hemelwater_buffer"/>
              <Option name="Hemelwater: hergebruik" type="QString" value="hemelwater_hergebruik"/>
              <Option name="Hemelwater: infiltratie" type="QString" value="hemelwater_infiltratie"/>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="aard" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="Map">
              <Option name="Aanleg" type="QString" value="aanleg"/>
              <Option name="Verwijdering" type="QString" value="verwijdering"/>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="hoeveelheid" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="Map">
              <Option name="Gepland" type="QString" value="gepland"/>
              <Option name="Uitgevoerd" type="QString" value="uitgevoerd"/>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="geplande_datum" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true"/>
            <Option name="calendar_popup" type="bool" value="true"/>
            <Option name="display_format" type="QString" value="dd/MM/yyyy"/>
            <Option name="field_format" type="QString" value="yyyy-MM-dd"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="uitvoeringsdatum" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true"/>
            <Option name="calendar_popup" type="bool" value="true"/>
            <Option name="display_format" type="QString" value="dd/MM/yyyy"/>
            <Option name="field_format" type="QString" value="yyyy-MM-dd"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="domein" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="Map">
              <Option name="Privaat domein" type="QString" value="privaat"/>
              <Option name="Publiek domein" type="QString" value="publiek"/>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="opgelegd" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="bron" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="Map">
              <Option name="Import" type="QString" value="import"/>
              <Option name="Manueel" type="QString" value="manueel"/>
              <Option name="Veld" type="QString" value="veld"/>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="bron_bestand" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="bron_sha256" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="bron_sleutel" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="gegroepeerd" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="toelichting" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="aangemaakt_op" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true"/>
            <Option name="display_format" type="QString" value="dd/MM/yyyy HH:mm"/>
            <Option name="field_format" type="QString" value="yyyy-MM-ddTHH:mm:ss"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="aangemaakt_door" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="gewijzigd_op" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true"/>
            <Option name="display_format" type="QString" value="dd/MM/yyyy HH:mm"/>
            <Option name="field_format" type="QString" value="yyyy-MM-ddTHH:mm:ss"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="gewijzigd_door" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="versie" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" name="Rij (fid)" index="0"/>
    <alias field="id" name="Identificatie" index="1"/>
    <alias field="gemeente_nis" name="NIS-code gemeente" index="2"/>
    <alias field="projectnaam" name="Projectnaam" index="3"/>
    <alias field="categorie" name="Categorie" index="4"/>
    <alias field="aard" name="Aard" index="5"/>
    <alias field="hoeveelheid" name="Hoeveelheid" index="6"/>
    <alias field="status" name="Status" index="7"/>
    <alias field="geplande_datum" name="Geplande datum" index="8"/>
    <alias field="uitvoeringsdatum" name="Uitvoeringsdatum" index="9"/>
    <alias field="domein" name="Domein" index="10"/>
    <alias field="opgelegd" name="Opgelegd" index="11"/>
    <alias field="bron" name="Bron" index="12"/>
    <alias field="bron_bestand" name="Bronbestand" index="13"/>
    <alias field="bron_sha256" name="SHA-256 bronbestand" index="14"/>
    <alias field="bron_sleutel" name="Sleutel in de bron" index="15"/>
    <alias field="gegroepeerd" name="Gegroepeerde invoer" index="16"/>
    <alias field="toelichting" name="Toelichting" index="17"/>
    <alias field="aangemaakt_op" name="Aangemaakt op" index="18"/>
    <alias field="aangemaakt_door" name="Aangemaakt door" index="19"/>
    <alias field="gewijzigd_op" name="Gewijzigd op" index="20"/>
    <alias field="gewijzigd_door" name="Gewijzigd door" index="21"/>
    <alias field="versie" name="Versie" index="22"/>
  </aliases>
  <defaults>
    <default expression="" field="fid" applyOnUpdate="0"/>
    <default expression="uuid('WithoutBraces')" field="id" applyOnUpdate="0"/>
    <default expression="" field="gemeente_nis" applyOnUpdate="0"/>
    <default expression="" field="projectnaam" applyOnUpdate="0"/>
    <default expression="" field="categorie" applyOnUpdate="0"/>
    <default expression="" field="aard" applyOnUpdate="0"/>
    <default expression="" field="hoeveelheid" applyOnUpdate="0"/>
    <default expression="" field="status" applyOnUpdate="0"/>
    <default expression="" field="geplande_datum" applyOnUpdate="0"/>
    <default expression="" field="uitvoeringsdatum" applyOnUpdate="0"/>
    <default expression="" field="domein" applyOnUpdate="0"/>
    <default expression="" field="opgelegd" applyOnUpdate="0"/>
    <default expression="" field="bron" applyOnUpdate="0"/>
    <default expression="" field="bron_bestand" applyOnUpdate="0"/>
    <default expression="" field="bron_sha256" applyOnUpdate="0"/>
    <default expression="" field="bron_sleutel" applyOnUpdate="0"/>
    <default expression="" field="gegroepeerd" applyOnUpdate="0"/>
    <default expression="" field="toelichting" applyOnUpdate="0"/>
    <default expression="" field="aangemaakt_op" applyOnUpdate="0"/>
    <default expression="" field="aangemaakt_door" applyOnUpdate="0"/>
    <default expression="" field="gewijzigd_op" applyOnUpdate="0"/>
    <default expression="" field="gewijzigd_door" applyOnUpdate="0"/>
    <default expression="" field="versie" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" field="fid" constraints="3" notnull_strength="1" exp_strength="0"/>
    <constraint unique_strength="1" field="id" constraints="2" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="gemeente_nis" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="projectnaam" constraints="5" notnull_strength="2" exp_strength="2"/>
    <constraint unique_strength="0" field="categorie" constraints="5" notnull_strength="2" exp_strength="2"/>
    <constraint unique_strength="0" field="aard" constraints="5" notnull_strength="2" exp_strength="2"/>
    <constraint unique_strength="0" field="hoeveelheid" constraints="5" notnull_strength="2" exp_strength="2"/>
    <constraint unique_strength="0" field="status" constraints="5" notnull_strength="2" exp_strength="2"/>
    <constraint unique_strength="0" field="geplande_datum" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="uitvoeringsdatum" constraints="4" notnull_strength="0" exp_strength="2"/>
    <constraint unique_strength="0" field="domein" constraints="4" notnull_strength="0" exp_strength="2"/>
    <constraint unique_strength="0" field="opgelegd" constraints="1" notnull_strength="2" exp_strength="0"/>
    <constraint unique_strength="0" field="bron" constraints="5" notnull_strength="2" exp_strength="2"/>
    <constraint unique_strength="0" field="bron_bestand" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="bron_sha256" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="bron_sleutel" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="gegroepeerd" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="toelichting" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="aangemaakt_op" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="aangemaakt_door" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="gewijzigd_op" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="gewijzigd_door" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" field="versie" constraints="0" notnull_strength="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" desc="" exp=""/>
    <constraint field="id" desc="" exp=""/>
    <constraint field="gemeente_nis" desc="" exp=""/>
    <constraint field="projectnaam" desc="Hoogstens 200 tekens" exp="length(&quot;projectnaam&quot;) &lt;= 200"/>
    <constraint field="categorie" desc="Onbekende of hier niet toegelaten waarde (LEKP-F002/G003)" exp="&quot;categorie&quot; IS NULL OR &quot;categorie&quot; IN ('boom', 'geveltuin', 'hemelwater_hergebruik', 'hemelwater_buffer', 'hemelwater_infiltratie')"/>
    <constraint field="aard" desc="Onbekende of hier niet toegelaten waarde (LEKP-F002/G003)" exp="&quot;aard&quot; IS NULL OR &quot;aard&quot; IN ('aanleg', 'verwijdering')"/>
    <constraint field="hoeveelheid" desc="Hoeveelheid moet groter dan 0 zijn, in de eenheid van de categorie (stuks, m, m², m³) (LEKP-Q001)" exp="&quot;hoeveelheid&quot; > 0"/>
    <constraint field="status" desc="Onbekende of hier niet toegelaten waarde (LEKP-F002/G003)" exp="&quot;status&quot; IS NULL OR &quot;status&quot; IN ('gepland', 'uitgevoerd')"/>
    <constraint field="geplande_datum" desc="" exp=""/>
    <constraint field="uitvoeringsdatum" desc="Verplicht bij 'uitgevoerd'; tussen 01/01/2021 en vandaag (LEKP-D001/D002/D003)" exp="(&quot;status&quot; IS NULL OR &quot;status&quot; &lt;> 'uitgevoerd' OR &quot;uitvoeringsdatum&quot; IS NOT NULL) AND (&quot;uitvoeringsdatum&quot; IS NULL OR (&quot;uitvoeringsdatum&quot; >= to_date('2021-01-01') AND &quot;uitvoeringsdatum&quot; &lt;= now()))"/>
    <constraint field="domein" desc="Onbekende of hier niet toegelaten waarde (LEKP-F002/G003)" exp="&quot;domein&quot; IS NULL OR &quot;domein&quot; IN ('publiek', 'privaat')"/>
    <constraint field="opgelegd" desc="" exp=""/>
    <constraint field="bron" desc="Onbekende of hier niet toegelaten waarde (LEKP-F002/G003)" exp="&quot;bron&quot; IS NULL OR &quot;bron&quot; IN ('manueel', 'import', 'veld')"/>
    <constraint field="bron_bestand" desc="" exp=""/>
    <constraint field="bron_sha256" desc="" exp=""/>
    <constraint field="bron_sleutel" desc="" exp=""/>
    <constraint field="gegroepeerd" desc="" exp=""/>
    <constraint field="toelichting" desc="" exp=""/>
    <constraint field="aangemaakt_op" desc="" exp=""/>
    <constraint field="aangemaakt_door" desc="" exp=""/>
    <constraint field="gewijzigd_op" desc="" exp=""/>
    <constraint field="gewijzigd_door" desc="" exp=""/>
    <constraint field="versie" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" actionWidgetStyle="dropDown" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <attributeEditorContainer name="Wat" groupBox="0" visibilityExpressionEnabled="0" visibilityExpression="" columnCount="1" showLabel="1">
      <attributeEditorField name="categorie" showLabel="1" index="4"/>
      <attributeEditorField name="aard" showLabel="1" index="5"/>
      <attributeEditorField name="hoeveelheid" showLabel="1" index="6"/>
      <attributeEditorField name="projectnaam" showLabel="1" index="3"/>
      <attributeEditorField name="domein" showLabel="1" index="10"/>
      <attributeEditorField name="opgelegd" showLabel="1" index="11"/>
      <attributeEditorField name="gegroepeerd" showLabel="1" index="16"/>
      <attributeEditorField name="toelichting" showLabel="1" index="17"/>
    </attributeEditorContainer>
    <attributeEditorContainer name="Wanneer" groupBox="0" visibilityExpressionEnabled="0" visibilityExpression="" columnCount="1" showLabel="1">
      <attributeEditorField name="status" showLabel="1" index="7"/>
      <attributeEditorField name="geplande_datum" showLabel="1" index="8"/>
      <attributeEditorField name="uitvoeringsdatum" showLabel="1" index="9"/>
    </attributeEditorContainer>
    <attributeEditorContainer name="Bron" groupBox="0" visibilityExpressionEnabled="0" visibilityExpression="" columnCount="1" showLabel="1">
      <attributeEditorField name="bron" showLabel="1" index="12"/>
      <attributeEditorField name="bron_bestand" showLabel="1" index="13"/>
      <attributeEditorField name="bron_sha256" showLabel="1" index="14"/>
      <attributeEditorField name="bron_sleutel" showLabel="1" index="15"/>
    </attributeEditorContainer>
    <attributeEditorContainer name="Systeem" groupBox="0" visibilityExpressionEnabled="0" visibilityExpression="" columnCount="1" showLabel="1">
      <attributeEditorField name="fid" showLabel="1" index="0"/>
      <attributeEditorField name="id" showLabel="1" index="1"/>
      <attributeEditorField name="gemeente_nis" showLabel="1" index="2"/>
      <attributeEditorField name="aangemaakt_op" showLabel="1" index="18"/>
      <attributeEditorField name="aangemaakt_door" showLabel="1" index="19"/>
      <attributeEditorField name="gewijzigd_op" showLabel="1" index="20"/>
      <attributeEditorField name="gewijzigd_door" showLabel="1" index="21"/>
      <attributeEditorField name="versie" showLabel="1" index="22"/>
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable>
    <field editable="0" name="aangemaakt_door"/>
    <field editable="0" name="aangemaakt_op"/>
    <field editable="0" name="bron_bestand"/>
    <field editable="0" name="bron_sha256"/>
    <field editable="0" name="bron_sleutel"/>
    <field editable="0" name="fid"/>
    <field editable="0" name="gemeente_nis"/>
    <field editable="0" name="gewijzigd_door"/>
    <field editable="0" name="gewijzigd_op"/>
    <field editable="0" name="id"/>
    <field editable="0" name="versie"/>
  </editable>
  <labelOnTop>
    <field name="hoeveelheid" labelOnTop="1"/>
  </labelOnTop>
  <reuseLastValue/>
  <dataDefinedFieldProperties>
    <field name="hoeveelheid">
      <Option type="Map">
        <Option name="name" type="QString" value=""/>
        <Option name="properties" type="Map">
          <Option name="dataDefinedAlias" type="Map">
            <Option name="active" type="bool" value="true"/>
            <Option name="expression" type="QString" value="CASE WHEN &quot;categorie&quot; = 'boom' THEN 'Hoeveelheid in stuks — aantal bomen' WHEN &quot;categorie&quot; = 'geveltuin' THEN 'Hoeveelheid in m — lengte van de geveltuin(en) langs de gevel' WHEN &quot;categorie&quot; = 'hemelwater_hergebruik' THEN 'Hoeveelheid in m³ — opvangvolume in m³ (niet in liter)' WHEN &quot;categorie&quot; = 'hemelwater_buffer' THEN 'Hoeveelheid in m³ — buffervolume in m³ (niet in liter)' WHEN &quot;categorie&quot; = 'hemelwater_infiltratie' THEN 'Hoeveelheid in m³ — infiltratievolume in m³ (niet in liter)' ELSE 'Hoeveelheid (kies eerst een categorie: die bepaalt de eenheid)' END"/>
            <Option name="type" type="int" value="3"/>
          </Option>
        </Option>
        <Option name="type" type="QString" value="collection"/>
      </Option>
    </field>
  </dataDefinedFieldProperties>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
